package vn.reformtrack.shared.db;

/** A backup or restore that did not happen, and why: a message key of {@code messages/backup_*.properties}. */
public class BackupRefused extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    BackupRefused(String messageKey, Object... arguments) {
        super(messageKey + " " + java.util.Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    BackupRefused(Throwable cause, String messageKey, Object... arguments) {
        this(messageKey, arguments);
        initCause(cause);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
