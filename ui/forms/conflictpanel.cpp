#include "conflictpanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QString shown(const QString &value)
{
    return value.isEmpty() ? ConflictPanel::tr("(empty)") : QStringLiteral("“%1”").arg(value);
}

} // namespace

ConflictPanel::ConflictPanel(QWidget *parent)
    : QFrame(parent)
    , m_rows(new QVBoxLayout)
{
    setObjectName(QStringLiteral("conflictPanel"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Someone changed these fields on the server while you were "
                                "editing. Nothing was saved yet: choose which value to keep, "
                                "then save again."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(m_rows);
    setVisible(false);
}

void ConflictPanel::addConflict(const QString &field, const QString &title,
                                const QString &serverValue, const QString &yourValue)
{
    auto *row = new QWidget(this);
    row->setObjectName(QStringLiteral("conflict_") + field);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *text = new QLabel(
        tr("%1: now %2 on the server, yours %3.").arg(title, shown(serverValue), shown(yourValue)),
        row);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *keep = new QPushButton(tr("Keep mine"), row);
    keep->setObjectName(QStringLiteral("keepMine_") + field);
    auto *use = new QPushButton(tr("Use the server’s"), row);
    use->setObjectName(QStringLiteral("useServer_") + field);
    layout->addWidget(text, 1);
    layout->addWidget(keep);
    layout->addWidget(use);
    m_rows->addWidget(row);
    m_fields.append(field);
    connect(keep, &QPushButton::clicked, this, [this, field, row] {
        remove(field, row);
        emit chosen(field, true);
    });
    connect(use, &QPushButton::clicked, this, [this, field, row] {
        remove(field, row);
        emit chosen(field, false);
    });
    setVisible(true);
}

void ConflictPanel::remove(const QString &field, QWidget *row)
{
    m_fields.removeAll(field);
    row->hide();
    row->deleteLater();
    setVisible(!m_fields.isEmpty());
}

void ConflictPanel::clear()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    m_fields.clear();
    setVisible(false);
}
