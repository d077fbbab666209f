package vn.reformtrack.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.evidence.EvidenceSummary;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * Home Affairs' work on the criteria of a round that is not closed: accept a unit's self-score, set the appraised score
 * with a reason, return a criterion to its unit with a comment, or estimate a survey criterion with its basis. The
 * self-score always stays as the unit sent it, beside the appraisal; every change is recorded with who and when.
 */
@Service
@Transactional
public class AppraisalService {

    private final ItemLoader loader;
    private final AssessmentHistory history;
    private final EvidenceLinks evidence;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AppraisalService(ItemLoader loader, AssessmentHistory history, EvidenceLinks evidence,
            ApplicationEventPublisher events, Clock clock) {
        this.loader = loader;
        this.history = history;
        this.evidence = evidence;
        this.events = events;
        this.clock = clock;
    }

    public void accept(long roundId, long itemId, long version, String reason, CurrentUser user) {
        AssessmentItem item = appraisable(roundId, itemId, version, user).item();
        BigDecimal before = item.getAppraisedScore();
        item.accept(reason, user.username(), Instant.now(clock));
        history.record(roundId, itemId, AssessmentChangeKind.ACCEPTED, user.username(), new AssessmentHistory.Fields()
                .add("item.appraisedScore", before, item.getAppraisedScore())
                .add("item.appraisalReason", null, item.getAppraisalReason()).list());
    }

    public void adjust(long roundId, long itemId, long version, String score, String reason, CurrentUser user) {
        ItemLoader.Loaded loaded = appraisable(roundId, itemId, version, user);
        AssessmentItem item = loaded.item();
        BigDecimal appraised = SelfScore.parse(loaded.criterion(), score, "score");
        BigDecimal before = item.getAppraisedScore();
        item.adjust(appraised, reason, user.username(), Instant.now(clock));
        boolean same = appraised.compareTo(item.getSelfScore()) == 0;
        history.record(roundId, itemId, same ? AssessmentChangeKind.ACCEPTED : AssessmentChangeKind.ADJUSTED,
                user.username(), new AssessmentHistory.Fields()
                        .add("item.appraisedScore", before, appraised)
                        .add("item.appraisalReason", null, item.getAppraisalReason()).list());
    }

    public void returnToUnit(long roundId, long itemId, long version, String comment, CurrentUser user) {
        ItemLoader.Loaded loaded = appraisable(roundId, itemId, version, user);
        AssessmentItem item = loaded.item();
        ItemStatus before = item.getStatus();
        BigDecimal appraisedBefore = item.getAppraisedScore();
        item.returnToUnit(comment, user.username(), Instant.now(clock));
        history.record(roundId, itemId, AssessmentChangeKind.RETURNED, user.username(), new AssessmentHistory.Fields()
                .add("item.status", before, item.getStatus())
                .add("item.appraisedScore", appraisedBefore, null)
                .add("item.returnComment", null, item.getReturnComment()).list());
        events.publishEvent(new AssessmentEvent.ItemReturned(roundId, itemId, item.getResponsibleUnitId(),
                loaded.criterion().code(), item.getReturnComment()));
    }

    /**
     * Home Affairs' estimate of a survey criterion, with its basis and the files behind it (any stored file: they
     * stay their owners' files, linked here).
     */
    public void estimate(long roundId, long itemId, long version, String value, String basis, List<Long> evidenceIds,
            CurrentUser user) {
        ItemLoader.Loaded loaded = loader.load(roundId, itemId, user);
        AssessmentAccess.requireManager(user);
        loaded.round().requireNotClosed();
        AssessmentItem item = loaded.item();
        ConcurrentEditException.check("Assessment item", itemId, version, item.getVersion());
        if (item.getEntry() != EntryMode.ESTIMATE) {
            throw new RuleViolationException("item.error.estimate.notEstimated");
        }
        BigDecimal estimate = SelfScore.parse(loaded.criterion(), value, "estimate");
        Map<Long, EvidenceSummary> files = evidence.existing(evidenceIds == null ? List.of() : evidenceIds);
        AssessmentHistory.Fields fields = new AssessmentHistory.Fields()
                .add("item.estimate", item.getEstimate(), estimate)
                .add("item.estimateBasis", item.getEstimateBasis(), basis == null ? null : basis.strip());
        Instant now = Instant.now(clock);
        item.estimate(estimate, basis, user.username(), now);
        Map<Long, Set<Long>> byOwner = files.values().stream().collect(Collectors.groupingBy(
                EvidenceSummary::ownerUnitId, Collectors.mapping(EvidenceSummary::id, Collectors.toSet())));
        Set<Long> owners = new HashSet<>(byOwner.keySet());
        item.getAttachments().forEach(attachment -> owners.add(attachment.getUnitId()));
        for (Long owner : owners) {
            evidence.describe(fields, item.replaceAttachments(owner, byOwner.getOrDefault(owner, Set.of()),
                    user.username(), now));
        }
        history.record(roundId, itemId, AssessmentChangeKind.ESTIMATED, user.username(), fields.list());
    }

    private ItemLoader.Loaded appraisable(long roundId, long itemId, long version, CurrentUser user) {
        ItemLoader.Loaded loaded = loader.load(roundId, itemId, user);
        AssessmentAccess.requireManager(user);
        loaded.round().requireNotClosed();
        ConcurrentEditException.check("Assessment item", itemId, version, loaded.item().getVersion());
        return loaded;
    }
}
