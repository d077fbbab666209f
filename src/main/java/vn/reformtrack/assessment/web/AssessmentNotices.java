package vn.reformtrack.assessment.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.reformtrack.assessment.EntryMode;
import vn.reformtrack.assessment.ItemView;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;

/** Why a criterion's page offers this user nothing to do, as a message key ({@code @assessmentNotices} in templates). */
@Component("assessmentNotices")
class AssessmentNotices {

    private final Clock clock;

    AssessmentNotices(Clock clock) {
        this.clock = clock;
    }

    public String readOnly(ItemView view, CurrentUser user) {
        if (user.is(Role.LEADER)) {
            return "criterion.readonly.leader";
        }
        switch (view.round().status()) {
            case PREPARING -> {
                return "criterion.readonly.preparing";
            }
            case CLOSED -> {
                return "criterion.readonly.closed";
            }
            default -> { }
        }
        if (user.isUnitUser()) {
            if (view.entry() == EntryMode.ESTIMATE) {
                return "criterion.readonly.estimated";
            }
            if (!view.status().editableByUnit()) {
                return "criterion.readonly.submitted";
            }
            if (LocalDate.now(clock).isAfter(view.round().deadline())) {
                return "criterion.readonly.pastDeadline";
            }
            return "criterion.readonly.default";
        }
        return view.status().editableByUnit() ? "criterion.readonly.awaitingUnit" : "criterion.readonly.default";
    }
}
