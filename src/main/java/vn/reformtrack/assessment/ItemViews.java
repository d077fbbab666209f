package vn.reformtrack.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.evidence.EvidenceStore;
import vn.reformtrack.evidence.EvidenceSummary;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitSummary;

/** Builds a criterion's page for a user: 404 when they may not see it, whatever id they send. */
@Service
@Transactional(readOnly = true)
public class ItemViews {

    private final ItemLoader loader;
    private final RoundSummaries summaries;
    private final UnitDirectory units;
    private final EvidenceStore evidence;
    private final Clock clock;

    ItemViews(ItemLoader loader, RoundSummaries summaries, UnitDirectory units, EvidenceStore evidence, Clock clock) {
        this.loader = loader;
        this.summaries = summaries;
        this.units = units;
        this.evidence = evidence;
        this.clock = clock;
    }

    public ItemView view(long roundId, long itemId, CurrentUser user) {
        ItemLoader.Loaded loaded = loader.load(roundId, itemId, user);
        AssessmentItem item = loaded.item();
        AssessmentRound round = loaded.round();
        Set<Long> unitIds = new HashSet<>(item.getCoordinatingUnitIds());
        item.getAttachments().forEach(attachment -> unitIds.add(attachment.getUnitId()));
        if (item.getResponsibleUnitId() != null) {
            unitIds.add(item.getResponsibleUnitId());
        }
        Map<Long, UnitSummary> names = units.findAll(unitIds);
        Map<Long, EvidenceSummary> files = evidence.findAll(item.getAttachments().stream()
                .map(Attachment::getEvidenceId).toList());
        List<ItemView.LinkedFile> linked = item.getAttachments().stream()
                .sorted(Comparator.comparing(Attachment::getAttachedAt).thenComparing(Attachment::getEvidenceId))
                .filter(attachment -> files.containsKey(attachment.getEvidenceId()))
                .map(attachment -> new ItemView.LinkedFile(files.get(attachment.getEvidenceId()), attachment.getUnitId(),
                        name(names, attachment.getUnitId()), attachment.getAttachedAt(), attachment.getAttachedBy()))
                .toList();
        return new ItemView(summaries.of(round), item.getId(), item.getVersion(), loaded.criterion(), item.getEntry(),
                item.getResponsibleUnitId(), item.getResponsibleUnitId() == null ? null : name(names, item.getResponsibleUnitId()),
                item.getCoordinatingUnitIds().stream().map(id -> name(names, id)).sorted().toList(), item.getStatus(),
                item.getSelfScore(), item.getExplanation(), item.getNoEvidenceReason(), item.getRecordedAt(),
                item.getRecordedBy(), item.getSubmittedAt(), item.getSubmittedBy(), item.getAppraisedScore(),
                item.getAppraisalReason(), item.getAppraisedAt(), item.getAppraisedBy(), item.getReturnComment(),
                item.getReturnedAt(), item.getReturnedBy(), item.getEstimate(), item.getEstimateBasis(),
                item.getEstimatedAt(), item.getEstimatedBy(), linked, item.getUpdatedAt(), item.getUpdatedBy(),
                permissions(round, item, user));
    }

    private ItemView.Permissions permissions(AssessmentRound round, AssessmentItem item, CurrentUser user) {
        boolean unitWork = round.acceptsUnitWork(LocalDate.now(clock)) && item.getEntry() == EntryMode.UNIT
                && item.getStatus().editableByUnit() && user.isUnitUser() && user.unitId() != null;
        boolean record = unitWork && item.isAnsweredBy(user.unitId());
        boolean contribute = unitWork && item.isCoordinatedBy(user.unitId());
        boolean manage = user.canManageProvince() && !round.isClosed();
        boolean appraise = manage && item.getEntry() == EntryMode.UNIT && item.getStatus().awaitsOrHasAppraisal();
        boolean estimate = manage && item.getEntry() == EntryMode.ESTIMATE;
        Long library = record || contribute ? user.unitId()
                : estimate ? (item.getResponsibleUnitId() != null ? item.getResponsibleUnitId() : user.unitId()) : null;
        return new ItemView.Permissions(record, contribute, appraise, estimate, library);
    }

    private static String name(Map<Long, UnitSummary> names, long id) {
        UnitSummary unit = names.get(id);
        return unit == null ? "#" + id : unit.name();
    }
}
