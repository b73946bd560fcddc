#include "growtofit.h"

#include <QEvent>
#include <QLayout>
#include <QScreen>
#include <QTimer>
#include <QWidget>

GrowToFit::GrowToFit(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    window->installEventFilter(this);
}

void GrowToFit::install(QWidget *window)
{
    new GrowToFit(window);
}

bool GrowToFit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && !m_pending
        && (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show)) {
        // After the layout has handled the request and set the geometries.
        m_pending = true;
        QTimer::singleShot(0, this, &GrowToFit::grow);
    }
    return QObject::eventFilter(watched, event);
}

void GrowToFit::grow()
{
    m_pending = false;
    QLayout *layout = m_window->layout();
    if (!layout || !m_window->isVisible())
        return;
    layout->activate();
    if (!layout->hasHeightForWidth())
        return; // Qt keeps such a window at its minimum size by itself
    int needed = layout->totalHeightForWidth(m_window->width());
    if (const QScreen *screen = m_window->screen())
        needed = qMin(needed, screen->availableGeometry().height());
    if (needed > m_window->height())
        m_window->resize(m_window->width(), needed);
}
