package vn.reformtrack.notification;

/** An e-mail as the outbox keeps it: subject, plain-text part and HTML part. */
record Mail(String subject, String text, String html) {}
