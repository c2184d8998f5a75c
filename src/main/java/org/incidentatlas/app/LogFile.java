package org.incidentatlas.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.Duration;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's log: {@code logs/incident-atlas.log} in the data folder, rolled over at 5 MB, keeping the four files
 * before it ({@code incident-atlas.1.log} is the newest of them). The command line logs nowhere: its errors go to
 * stderr with an exit code. Logback is configured here in code, since the folder is only known once the options are
 * read; {@code logback.xml} on the class path only makes it quiet until then.
 */
public final class LogFile {
    public static final String FOLDER = "logs";
    public static final String NAME = "incident-atlas.log";
    static final String APPENDER = "data-folder-log";
    static final FileSize ROLL_AT = FileSize.valueOf("5MB");
    static final int KEPT = 4;

    private LogFile() {
    }

    /**
     * Logs from now on (INFO and above) to the log file of {@code dataFolder}, in place of any log file started
     * before. When the folder cannot be made, nothing is logged and the path is still returned, for messages.
     *
     * @return the log file
     */
    public static Path start(Path dataFolder) {
        Path folder = dataFolder.toAbsolutePath().resolve(FOLDER);
        Path file = folder.resolve(NAME);
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        stop(root);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            return file;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36}: %msg%n");
        encoder.start();

        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setFile(file.toString());
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(folder.resolve("incident-atlas.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(KEPT);
        rolling.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(ROLL_AT);
        // The window logs little: look at the size at every line rather than once a minute (Logback's default).
        trigger.setCheckIncrement(Duration.buildByMilliseconds(0));
        trigger.start();
        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.setEncoder(encoder);
        appender.start();
        root.addAppender(appender);
        root.setLevel(Level.INFO);
        return file;
    }

    /** Stops logging to the file (tests; the window's log lasts until the process ends). */
    public static void stop() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        stop(context.getLogger(Logger.ROOT_LOGGER_NAME));
    }

    private static void stop(ch.qos.logback.classic.Logger root) {
        var old = root.getAppender(APPENDER);
        if (old != null) {
            root.detachAppender(old);
            old.stop();
        }
    }
}
