#pragma once

#include <QLabel>

// Says above a list why it is empty when the journal behind it could not be
// read, so that an unreadable journal is not passed off as an empty one.
// Hidden while there is nothing to say. Object name "readError".
class ReadErrorLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ReadErrorLabel(QWidget *parent = nullptr);

    // Empty hides it.
    void showError(const QString &error);
};
