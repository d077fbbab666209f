package vn.reformtrack.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

/** Messages with arguments formatted by many threads at once, each with its own copy of the message's format. */
class PerThreadFormatsTest {

    private final MessagesConfiguration.PerThreadFormats messages = messages();

    @Test
    void manyThreadsFormatTheSameMessageEachWithItsOwnArguments() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> wrong = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                int offset = thread * 10_000;
                Callable<List<String>> formatting = () -> {
                    List<String> mistakes = new ArrayList<>();
                    for (int i = offset; i < offset + 2_000; i++) {
                        String text = messages.getMessage("round.list.returned", new Object[] {"#" + i}, Locales.VIETNAMESE);
                        if (!text.equals("#" + i + " bị trả lại")) {
                            mistakes.add(text);
                        }
                    }
                    return mistakes;
                };
                wrong.add(threads.submit(formatting));
            }
            for (Future<List<String>> mistakes : wrong) {
                assertThat(mistakes.get()).isEmpty();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void eachThreadKeepsItsOwnCopyOfAFormat() throws Exception {
        MessageFormat mine = messages.resolveCode("round.deadlineOn", Locales.VIETNAMESE);
        assertThat(messages.resolveCode("round.deadlineOn", Locales.VIETNAMESE)).isSameAs(mine);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            MessageFormat theirs = other.submit(() -> messages.resolveCode("round.deadlineOn", Locales.VIETNAMESE)).get();
            assertThat(theirs).isNotSameAs(mine).isEqualTo(mine);
        } finally {
            other.shutdownNow();
        }
        assertThat(messages.resolveCode("no.such.message", Locale.ENGLISH)).isNull();
        assertThat(messages.getMessage("round.list.returned", new Object[] {3}, Locale.ENGLISH)).isEqualTo("3 returned");
    }

    private static MessagesConfiguration.PerThreadFormats messages() {
        try {
            MessageSource source = new MessagesConfiguration().messageSource();
            return (MessagesConfiguration.PerThreadFormats) source;
        } catch (java.io.IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
