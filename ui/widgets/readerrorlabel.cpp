#include "readerrorlabel.h"

ReadErrorLabel::ReadErrorLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("readError"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    hide();
}

void ReadErrorLabel::showError(const QString &error)
{
    setText(error);
    setVisible(!error.isEmpty());
}
