package vn.reformtrack.shared.startup;

/**
 * Work the application must have finished before it answers its first request: reference data, the demo province,
 * the first administrator. {@link StartupTasks} runs every such bean once per start, in the order of
 * {@link #order()} (see {@link StartupOrder}), before the web server opens its port; a task that throws stops the
 * start. A task decides for itself whether there is anything to do (most find their data already there and return
 * at once).
 */
public interface StartupTask {

    /** Where the task runs among the others: one of the {@link StartupOrder} constants. */
    int order();

    void run();
}
