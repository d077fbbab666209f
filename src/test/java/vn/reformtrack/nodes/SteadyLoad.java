package vn.reformtrack.nodes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * People working on a node while something happens to it: each one repeats a request (a few a second) until
 * {@link #close()}; every answer is kept with its status and when it was asked and answered.
 */
final class SteadyLoad implements AutoCloseable {

    /** One person's next request; answers the HTTP status. */
    @FunctionalInterface
    interface Request {
        int send(int round);
    }

    /** Status -1: no answer at all (the client gave up or the connection failed). */
    record Answer(String who, int round, int status, long asked, long answered, String failure) {

        double seconds() {
            return (answered - asked) / 1e9;
        }

        boolean worked() {
            return status == 200 || status == 302;
        }
    }

    private final List<Answer> answers = new CopyOnWriteArrayList<>();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final ExecutorService people = Executors.newCachedThreadPool();

    void keep(String who, Request request) {
        people.submit(() -> {
            for (int round = 0; !stopping.get(); round++) {
                long asked = System.nanoTime();
                int status;
                String failure = null;
                try {
                    status = request.send(round);
                } catch (RuntimeException e) {
                    status = -1;
                    failure = e.toString();
                }
                answers.add(new Answer(who, round, status, asked, System.nanoTime(), failure));
                pause(200);
            }
        });
    }

    List<Answer> answers() {
        return List.copyOf(answers);
    }

    /** Whether everyone has had a request that worked, asked after {@code since} (nanoTime). */
    boolean everyoneWorkedSince(long since) {
        return answers.stream().map(Answer::who).distinct().allMatch(who -> answers.stream()
                .anyMatch(answer -> answer.who().equals(who) && answer.asked() > since && answer.worked()));
    }

    @Override
    public void close() throws InterruptedException {
        stopping.set(true);
        people.shutdown();
        if (!people.awaitTermination(2, TimeUnit.MINUTES)) {
            people.shutdownNow();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
