package vn.reformtrack.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** Whether a stored address can be written to: one mailbox, a local part, an @ and a domain with a dot. */
final class MailAddresses {

    private MailAddresses() {}

    static boolean isValid(String address) {
        if (address == null || address.isBlank() || address.length() > 320) {
            return false;
        }
        String trimmed = address.strip();
        int at = trimmed.lastIndexOf('@');
        if (at <= 0 || trimmed.indexOf('.', at) < 0 || trimmed.endsWith(".") || trimmed.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            InternetAddress parsed = new InternetAddress(trimmed, true);
            parsed.validate();
            return parsed.getAddress().equals(trimmed);
        } catch (AddressException invalid) {
            return false;
        }
    }
}
