package io.turnaround.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;

/**
 * The log, set up in code (found by logback through META-INF/services): reading an XML configuration cost every
 * start a twentieth of a second. The log lives in the data folder (set by Main) and rolls daily; messages never
 * carry case content. Errors also go to the console. A {@code logback-test.xml} on the class path, or a file named
 * by {@code -Dlogback.configurationFile}, takes precedence.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogConfiguration extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogConfiguration.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        install(context, System.getProperty("turnaround.logdir"));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The file and error-console appenders; {@code own} is the data folder's log folder, or null for the temporary one. */
    void install(LoggerContext context, String own) {
        String dir = own != null ? own : System.getProperty("java.io.tmpdir");
        if (own != null) {
            try {
                io.turnaround.store.PrivateFiles.directory(java.nio.file.Path.of(own));
            } catch (java.io.IOException e) {
                addError("The log folder could not be made private", e);
            }
        }

        // Each log file, the first and every one a roll-over starts, is created private (0600) before logback opens it:
        // it sits in the data folder, where everything is readable by its owner alone.
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>() {
            @Override
            public void openFile(String fileName) throws java.io.IOException {
                io.turnaround.store.PrivateFiles.file(java.nio.file.Path.of(fileName));
                super.openFile(fileName);
            }
        };
        file.setContext(context);
        file.setName("FILE");
        file.setFile(dir + "/turnaround.log");
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(dir + "/turnaround.%d{yyyy-MM-dd}.%i.log");
        rolling.setMaxFileSize(FileSize.valueOf("5MB"));
        rolling.setMaxHistory(14);
        rolling.setTotalSizeCap(FileSize.valueOf("50MB"));
        rolling.start();
        file.setRollingPolicy(rolling);
        file.setEncoder(encoder(context, "%d{ISO8601} %-5level [%thread] %logger{24} - %msg%n"));
        file.start();

        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("STDERR");
        console.setTarget("System.err");
        ThresholdFilter errorsOnly = new ThresholdFilter();
        errorsOnly.setLevel("ERROR");
        errorsOnly.start();
        console.addFilter(errorsOnly);
        console.setEncoder(encoder(context, "%-5level %logger{24} - %msg%n"));
        console.start();

        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        root.addAppender(console);
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }
}
