package vn.reformtrack.planning;

import vn.reformtrack.shared.web.NotFoundException;

/** No such task, or not one the user may see (the answer is the same, so that ids reveal nothing). */
public class TaskNotFoundException extends NotFoundException {

    public TaskNotFoundException(Object id) {
        super("Task", id);
    }
}
