#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

// Before many records are deleted at once, the count typed in by hand: a
// click alone cannot delete more than typeCountThreshold records. Bulk
// delete's confirmation and the import's sync ask the same way through
// this one widget. Its prompt and line edit are hidden while no typing is
// needed.
//
// Object name of the line edit: "typedCount".
class TypedCountConfirmation : public QWidget
{
    Q_OBJECT

public:
    static constexpr int typeCountThreshold = 20;

    explicit TypedCountConfirmation(QWidget *parent = nullptr);

    // Clears what was typed.
    void setCount(int count);
    int count() const { return m_count; }
    static bool needsTyping(int count) { return count > typeCountThreshold; }
    // Nothing to delete is never confirmed; up to the threshold always is.
    bool isConfirmed() const;

signals:
    void confirmedChanged(bool confirmed);

private:
    QLabel *m_prompt;
    QLineEdit *m_typedCount;
    int m_count = 0;
    bool m_confirmed = false;
};
