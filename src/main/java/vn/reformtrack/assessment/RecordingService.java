package vn.reformtrack.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.evidence.EvidenceSummary;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.indices.CriterionSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * The units' work in an open round, up to its deadline: the responsible unit's staff and head record a criterion
 * (self-score, how it was reached, evidence); coordinating units add their own evidence; the head submits the unit's
 * part. Every save names the version the form was opened with: a save that meets a newer one is refused, never
 * merged, and the form comes back as typed.
 */
@Service
@Transactional
public class RecordingService {

    private final ItemLoader loader;
    private final AssessmentRoundRepository rounds;
    private final AssessmentItemRepository items;
    private final AssessmentHistory history;
    private final EvidenceLinks evidence;
    private final IndexCatalog catalog;
    private final Clock clock;

    RecordingService(ItemLoader loader, AssessmentRoundRepository rounds, AssessmentItemRepository items,
            AssessmentHistory history, EvidenceLinks evidence, IndexCatalog catalog, Clock clock) {
        this.loader = loader;
        this.rounds = rounds;
        this.items = items;
        this.history = history;
        this.evidence = evidence;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** A criterion of a round, if the user may see it. */
    @Transactional(readOnly = true)
    public AssessmentItem get(long roundId, long itemId, CurrentUser user) {
        return loader.load(roundId, itemId, user).item();
    }

    public void record(long roundId, long itemId, long version, RecordCommand command, CurrentUser user) {
        ItemLoader.Loaded loaded = loader.load(roundId, itemId, user);
        AssessmentItem item = loaded.item();
        AssessmentAccess.requireRecorder(user, item);
        loaded.round().requireOpenForUnits(LocalDate.now(clock));
        ConcurrentEditException.check("Assessment item", itemId, version, item.getVersion());
        BigDecimal score = SelfScore.parseOptional(loaded.criterion(), command.score(), "score");
        Map<Long, EvidenceSummary> files = evidence.ownedBy(command.evidenceIds(), user.unitId());
        AssessmentHistory.Fields fields = new AssessmentHistory.Fields()
                .add("item.selfScore", item.getSelfScore(), score)
                .add("item.explanation", item.getExplanation(), blankToNull(command.explanation()))
                .add("item.noEvidenceReason", item.getNoEvidenceReason(), blankToNull(command.noEvidenceReason()));
        Instant now = Instant.now(clock);
        item.record(score, command.explanation(), command.noEvidenceReason(), user.username(), now);
        AssessmentItem.AttachmentChange change = item.replaceAttachments(user.unitId(), files.keySet(), user.username(), now);
        evidence.describe(fields, change);
        history.record(roundId, itemId, AssessmentChangeKind.RECORDED, user.username(), fields.list());
    }

    /** A coordinating unit's own files for a criterion, while the responsible unit has not sent it. */
    public void contribute(long roundId, long itemId, long version, List<Long> evidenceIds, CurrentUser user) {
        ItemLoader.Loaded loaded = loader.load(roundId, itemId, user);
        AssessmentItem item = loaded.item();
        AssessmentAccess.requireContributor(user, item);
        loaded.round().requireOpenForUnits(LocalDate.now(clock));
        if (!item.getStatus().editableByUnit()) {
            throw new RuleViolationException("item.error.record.submitted");
        }
        ConcurrentEditException.check("Assessment item", itemId, version, item.getVersion());
        Map<Long, EvidenceSummary> files = evidence.ownedBy(evidenceIds == null ? List.of() : evidenceIds, user.unitId());
        AssessmentItem.AttachmentChange change = item.replaceAttachments(user.unitId(), files.keySet(), user.username(),
                Instant.now(clock));
        if (!change.isEmpty()) {
            AssessmentHistory.Fields fields = new AssessmentHistory.Fields();
            evidence.describe(fields, change);
            history.record(roundId, itemId, AssessmentChangeKind.CONTRIBUTED, user.username(), fields.list());
        }
    }

    /**
     * What the head's submission covers: the criteria the unit answers for and may still change (drafts and returned
     * ones), and a stamp of them as the page shows them; the submission is refused when the stamp has changed since.
     */
    public record UnitPart(List<AssessmentItem> toSubmit, String stamp) {}

    @Transactional(readOnly = true)
    public UnitPart unitPart(long roundId, long unitId) {
        List<AssessmentItem> part = items.findByRoundIdAndResponsibleUnitId(roundId, unitId).stream()
                .filter(item -> item.getEntry() == EntryMode.UNIT && item.getStatus().editableByUnit())
                .sorted(Comparator.comparing(AssessmentItem::getId))
                .toList();
        String stamp = part.stream().map(item -> item.getId() + ":" + item.getVersion()).collect(Collectors.joining(","));
        return new UnitPart(part, stamp);
    }

    /**
     * The head sends the unit's part: every criterion the unit answers for that is still a draft or was returned.
     * Refused as a whole, naming the criteria, when one has no self-score or scores above zero with neither evidence
     * nor a reason; refused when the part changed since the head's page showed it.
     *
     * @return how many criteria were sent
     */
    public int submitUnitPart(long roundId, String stamp, CurrentUser user) {
        AssessmentAccess.requireHead(user);
        AssessmentRound round = rounds.findById(roundId).orElseThrow(() -> new NotFoundException("Round", roundId));
        UnitPart part = unitPart(roundId, user.unitId());
        if (!round.isVisibleToUnits() || items.findByRoundIdAndResponsibleUnitId(roundId, user.unitId()).isEmpty()) {
            throw new NotFoundException("Round", roundId);
        }
        round.requireOpenForUnits(LocalDate.now(clock));
        if (part.toSubmit().isEmpty()) {
            throw new RuleViolationException("submit.error.nothing");
        }
        if (!part.stamp().equals(stamp)) {
            throw new ConcurrentEditException("Unit part of round", roundId);
        }
        Map<Long, CriterionSummary> criteria = catalog.criteria(part.toSubmit().stream()
                .map(AssessmentItem::getCriterionId).toList());
        List<String> unscored = new ArrayList<>();
        List<String> unbacked = new ArrayList<>();
        for (AssessmentItem item : part.toSubmit()) {
            String code = criteria.get(item.getCriterionId()).code();
            if (item.getSelfScore() == null) {
                unscored.add(code);
            } else if (item.lacksEvidence()) {
                unbacked.add(code);
            }
        }
        if (!unscored.isEmpty() || !unbacked.isEmpty()) {
            throw new RuleViolationException("submit.error.incomplete", codes(unscored), codes(unbacked));
        }
        Instant now = Instant.now(clock);
        for (AssessmentItem item : part.toSubmit()) {
            ItemStatus before = item.getStatus();
            item.submit(user.username(), now);
            history.record(roundId, item.getId(), AssessmentChangeKind.SUBMITTED, user.username(),
                    new AssessmentHistory.Fields().add("item.status", before, item.getStatus()).list());
        }
        return part.toSubmit().size();
    }

    private static String codes(List<String> codes) {
        return codes.isEmpty() ? "—" : codes.stream().sorted(CriterionCodeOrder.INSTANCE).collect(Collectors.joining(", "));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
