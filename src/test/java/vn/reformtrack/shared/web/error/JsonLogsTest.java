package vn.reformtrack.shared.web.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MockMvc;
import vn.reformtrack.identity.Role;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/**
 * The reference a user reads on the error page is in the JSON log line (the {@code prod} profile writes Elastic
 * Common Schema), so "mã lỗi 7K3QX2PA" finds the stack trace.
 */
@IntegrationTest
class JsonLogsTest {

    private static final Pattern REFERENCE = Pattern.compile("data-error-reference>([A-Z2-9]{8})</code>");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    Environment environment;

    @Test
    void theErrorPagesReferenceIsAFieldOfTheJsonLogLine() throws Exception {
        Logger handlerLog = (Logger) LoggerFactory.getLogger(GlobalExceptionHandler.class);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        handlerLog.addAppender(captured);
        String page;
        try {
            page = mvc.perform(get("/test-only/fail").with(data.as(data.user(Role.LEADER, null))))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        } finally {
            handlerLog.detachAppender(captured);
        }
        Matcher shown = REFERENCE.matcher(page);
        assertThat(shown.find()).isTrue();

        StructuredLogEncoder ecs = new StructuredLogEncoder();
        LoggerContext context = new LoggerContext();
        context.putObject(Environment.class.getName(), environment);
        ecs.setContext(context);
        ecs.setFormat("ecs");
        ecs.start();
        String line = new String(ecs.encode(captured.list.get(captured.list.size() - 1)), StandardCharsets.UTF_8);

        assertThat(line).startsWith("{").contains("\"ref\":\"" + shown.group(1) + "\"")
                .contains("\"level\":\"ERROR\"").contains("IllegalStateException");
    }
}
