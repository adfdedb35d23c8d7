package org.skillgap.ui;

/**
 * Redoes a screen's lists when its data changes while it is shown; a hidden screen only notes the
 * change and catches up once, when it is shown again. Keeps screens that are not on view from
 * rebuilding on every rating.
 */
public final class RefreshWhenShown {

    private final Runnable refresh;
    private boolean shown = true;
    private boolean stale;

    public RefreshWhenShown(Runnable refresh) {
        this.refresh = refresh;
    }

    public void setShown(boolean nowShown) {
        shown = nowShown;
        if (shown && stale) {
            stale = false;
            refresh.run();
        }
    }

    public void dataChanged() {
        if (shown) {
            refresh.run();
        } else {
            stale = true;
        }
    }
}
