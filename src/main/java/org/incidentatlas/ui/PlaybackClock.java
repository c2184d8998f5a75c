package org.incidentatlas.ui;

import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;

/**
 * What drives playback: reports elapsed nanoseconds while running. The window uses the FX pulse
 * ({@link #animationTimer()}); tests use a clock they advance themselves, so playback needs no real time.
 */
public interface PlaybackClock {
    /** Starts reporting elapsed time to {@code elapsed}, on the FX thread. */
    void start(LongConsumer elapsed);

    void stop();

    /** Elapsed time between FX pulses (about 60 a second). */
    static PlaybackClock animationTimer() {
        return new PlaybackClock() {
            private AnimationTimer timer;

            @Override
            public void start(LongConsumer elapsed) {
                stop();
                timer = new AnimationTimer() {
                    private long last = -1;

                    @Override
                    public void handle(long now) {
                        if (last >= 0) {
                            elapsed.accept(now - last);
                        }
                        last = now;
                    }
                };
                timer.start();
            }

            @Override
            public void stop() {
                if (timer != null) {
                    timer.stop();
                    timer = null;
                }
            }
        };
    }
}
