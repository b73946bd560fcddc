#pragma once

#include <QObject>

class QWidget;

// Keeps a window tall enough for its word-wrapped labels. A top-level
// window's minimum height ignores height-for-width, so a message that
// appears after the window was shown, or wraps to one more line in another
// language, would be squeezed and cut; this grows the window instead (never
// shrinks it, never past the screen).
class GrowToFit : public QObject
{
    Q_OBJECT

public:
    // Watches window; owned by it.
    static void install(QWidget *window);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit GrowToFit(QWidget *window);
    void grow();

    QWidget *m_window;
    bool m_pending = false;
};
