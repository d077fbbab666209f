package vn.reformtrack.audit;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.settings.SettingChanged;
import vn.reformtrack.shared.xlsx.SpreadsheetExported;

/**
 * The acts that reach the trail as events: sign-ins and failed sign-ins (Spring Security's), lists exported, settings
 * changed. Details are kept as {@link AuditDetail} lines (field, before, after).
 */
@Component
class AuditListeners {

    private final AuditRecorder recorder;

    AuditListeners(AuditRecorder recorder) {
        this.recorder = recorder;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        Long unitId = CurrentUser.of(event.getAuthentication()).map(CurrentUser::unitId).orElse(null);
        Actor request = Actor.attempting(event.getAuthentication().getName());
        recorder.recordAlone(AuditKind.SIGN_IN, new Actor(request.username(), unitId, request.remoteAddress()), null);
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        String reason = event instanceof AuthenticationFailureLockedEvent ? "audit.signIn.locked" : "audit.signIn.refused";
        recorder.recordAlone(AuditKind.SIGN_IN_FAILED, Actor.attempting(event.getAuthentication().getName()),
                AuditDetail.write(List.of(AuditDetail.Line.note(reason))));
    }

    @EventListener
    void exported(SpreadsheetExported event) {
        recorder.recordAlone(AuditKind.EXPORT, Actor.current(), AuditDetail.write(List.of(
                AuditDetail.Line.note(event.titleKey()), AuditDetail.Line.value("audit.export.file", event.fileName()))));
    }

    @EventListener
    void settingChanged(SettingChanged event) {
        recorder.recordWithin(AuditKind.SETTING, Actor.current(), AuditDetail.write(List.of(
                new AuditDetail.Line(event.labelKey(), event.before(), event.after()))));
    }
}
