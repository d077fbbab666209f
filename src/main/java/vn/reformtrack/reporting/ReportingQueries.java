package vn.reformtrack.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserDirectory;
import vn.reformtrack.identity.UserSummary;
import vn.reformtrack.settings.Settings;
import vn.reformtrack.shared.db.KeptReads;

/**
 * How pages and other modules (home, dashboards) read reporting: the periods and the current one, a unit's standing,
 * the completeness grid with each period's counts, and the chasing list. Every call is a handful of SQL statements
 * whatever the number of units; none is confined to a user except those that take a {@link CurrentUser}.
 */
@Service
@Transactional // not read-only: the first read after a change to tasks stores the periods' involved units (InvolvedUnits)
public class ReportingQueries {

    /** Years whose province-wide cells are kept: the grid shows a year at a time, the current one most. */
    private static final int KEPT_YEARS = 8;

    /** Periods whose cells are kept for their page: the open ones are read most. */
    private static final int KEPT_PERIODS = 16;

    private final PeriodService periods;
    private final CompletenessQueries completeness;
    private final UserDirectory users;
    private final Settings settings;
    private final ReportsStamp stamps;
    private final KeptReads<Integer, CellsStamp, List<CompletenessQueries.Cell>> keptCells = new KeptReads<>(KEPT_YEARS);
    private final KeptReads<Long, CellsStamp, List<CompletenessQueries.Cell>> keptPeriodCells =
            new KeptReads<>(KEPT_PERIODS);

    ReportingQueries(PeriodService periods, CompletenessQueries completeness, UserDirectory users, Settings settings,
            ReportsStamp stamps) {
        this.periods = periods;
        this.completeness = completeness;
        this.users = users;
        this.settings = settings;
        this.stamps = stamps;
    }

    /**
     * A year's (or a period's) province-wide cells as read at a stamp: the periods as they are, the expected units'
     * setting and the reports' stamp ({@link ReportsStamp}); the cells hold nothing of the day (a standing is derived
     * from them and today on every read).
     */
    private record CellsStamp(List<PeriodSummary> periods, ReportingSettings.ExpectedUnits mode, ReportsStamp.Stamp reports) {}

    public Optional<PeriodSummary> period(long id) {
        return periods.find(id).map(ReportingPeriod::summary);
    }

    /** A year's periods, by start then end. */
    public List<PeriodSummary> periods(int year) {
        return periods.summaries(year, year);
    }

    /** Many periods by id in one query; unknown ids are simply absent. */
    public Map<Long, PeriodSummary> periods(Collection<Long> ids) {
        return periods.findAll(ids).stream().map(ReportingPeriod::summary)
                .collect(Collectors.toMap(PeriodSummary::id, Function.identity()));
    }

    /**
     * The periods not closed of the years {@code fromYear} to {@code toYear} whose due date falls from {@code from} to
     * {@code to} (both included), by year, then start and end.
     */
    public List<PeriodSummary> openDueBetween(int fromYear, int toYear, LocalDate from, LocalDate to) {
        return periods.openDueBetween(fromYear, toYear, from, to).stream().map(ReportingPeriod::summary).toList();
    }

    /**
     * The period units are reporting on now: among open periods that have begun, the one due soonest whose entry is
     * still open; when every such entry has locked, the one that ended last. Empty when no open period has begun.
     */
    public Optional<PeriodSummary> currentPeriod() {
        LocalDate today = completeness.today();
        List<PeriodSummary> started = periods.summaries(today.getYear() - 1, today.getYear()).stream()
                .filter(p -> !p.isClosed() && !today.isBefore(p.startsOn()))
                .toList();
        return started.stream()
                .filter(p -> !p.isEntryLocked(today))
                .min(Comparator.comparing(PeriodSummary::dueOn).thenComparing(PeriodSummary::id))
                .or(() -> started.stream().max(Comparator.comparing(PeriodSummary::endsOn)));
    }

    /** Which units are expected to report: the setting {@value ReportingSettings#EXPECTED_UNITS}. */
    public ReportingSettings.ExpectedUnits expectedUnits() {
        try {
            return ReportingSettings.ExpectedUnits.valueOf(settings.get(ReportingSettings.EXPECTED_UNITS));
        } catch (IllegalArgumentException unknown) {
            return ReportingSettings.ExpectedUnits.WITH_TASKS;
        }
    }

    /** A unit's standing in a period (NOT_EXPECTED when it has neither a task there nor a report). */
    public UnitStanding statusOf(long unitId, long periodId) {
        PeriodSummary period = period(periodId).orElseThrow();
        return standings(List.of(period), completeness.ofPeriods(List.of(periodId), expectedUnits())).stream()
                .filter(cell -> cell.unitId() == unitId)
                .findFirst()
                .orElse(new UnitStanding(periodId, unitId, null, CellStatus.NOT_EXPECTED, null, null));
    }

    /** The whole grid of a year; a unit user sees only their own unit's row. */
    public CompletenessGrid grid(int year, CurrentUser viewer) {
        Long only = viewer.isUnitUser() ? (viewer.unitId() == null ? -1L : viewer.unitId()) : null;
        return buildGrid(year, only);
    }

    /**
     * A page of the year's grid: the units the filter finds, {@code pageable}'s share of them, with each period's counts
     * over the whole province. One statement for the cells, as {@link #grid}; only the page's lines go to the page.
     */
    public GridPage gridPage(int year, GridFilter filter, Pageable pageable, CurrentUser viewer) {
        CompletenessGrid grid = grid(year, viewer);
        List<GridRow> found = filter.isEmpty() ? grid.rows() : grid.rows().stream().filter(filter::matches).toList();
        return new GridPage(year, grid.periods(), page(found, pageable), grid.counts(), grid.expectedUnits());
    }

    private static <T> Page<T> page(List<T> found, Pageable pageable) {
        List<T> shown = pageable.isUnpaged() ? found : found.subList(
                (int) Math.min(pageable.getOffset(), found.size()),
                (int) Math.min(pageable.getOffset() + pageable.getPageSize(), found.size()));
        return new PageImpl<>(shown, pageable, found.size());
    }

    /** One unit's row of a year (its periods and standing in each). */
    public CompletenessGrid gridOfUnit(int year, long unitId) {
        return buildGrid(year, unitId);
    }

    /** Each period's counts of a year, province-wide. */
    public List<PeriodCounts> gridCounts(int year) {
        return buildGrid(year, null).counts();
    }

    /** The counts of one period, province-wide. */
    public PeriodCounts counts(long periodId) {
        PeriodSummary period = period(periodId).orElseThrow();
        List<UnitStanding> cells = standings(List.of(period), completeness.ofPeriods(List.of(periodId), expectedUnits()));
        return count(period, cells, completeness.today());
    }

    /**
     * A period's counts and the page of its expected units that {@code filter} finds, from one reading of the period's
     * standings (a unit's standing is the filter's "standing in some period").
     */
    public PeriodPage periodPage(PeriodSummary period, GridFilter filter, Pageable pageable) {
        return periodPage(period, filter, pageable, periodCells(period, expectedUnits()));
    }

    private PeriodPage periodPage(PeriodSummary period, GridFilter filter, Pageable pageable,
            List<CompletenessQueries.Cell> cells) {
        LocalDate today = completeness.today();
        List<UnitStanding> standings = new ArrayList<>();
        List<GridRow> found = new ArrayList<>();
        for (CompletenessQueries.Cell cell : cells) {
            UnitStanding standing = standing(cell, period, today);
            standings.add(standing);
            GridRow row = new GridRow(cell.unitId(), cell.unitCode(), cell.unitName(), cell.unitType(),
                    Map.of(period.id(), standing));
            if (standing.status() != CellStatus.NOT_EXPECTED && filter.matches(row)) {
                found.add(row);
            }
        }
        return new PeriodPage(count(period, standings, today), page(found, pageable));
    }

    /** Every unit's standing in one period (expected units and those that reported), in the grid's order. */
    public List<UnitStanding> standings(long periodId) {
        return standings(period(periodId).orElseThrow(), expectedUnits());
    }

    /** As {@link #standings(long)}, for a period and a setting of the expected units the caller has read. */
    List<UnitStanding> standings(PeriodSummary period, ReportingSettings.ExpectedUnits expected) {
        return standings(List.of(period), completeness.ofPeriods(List.of(period.id()), expected));
    }

    /**
     * The units that still owe each period's report ({@link CellStatus#isOwed()}: not sent yet, missing, or returned), by
     * period in the order given, each period's units in the grid's order: one statement for all the periods.
     */
    public Map<Long, List<Long>> owingUnits(List<PeriodSummary> periodList) {
        Map<Long, List<Long>> owing = new LinkedHashMap<>();
        periodList.forEach(period -> owing.put(period.id(), new ArrayList<>()));
        if (periodList.isEmpty()) {
            return owing;
        }
        standings(periodList, completeness.ofPeriods(owing.keySet(), expectedUnits())).stream()
                .filter(standing -> standing.status().isOwed())
                .forEach(standing -> owing.get(standing.periodId()).add(standing.unitId()));
        return owing;
    }

    /**
     * The units that still owe the period's report — not sent (missing after the due date) or returned for fixes —
     * with their heads' names and contacts (and staff where no head is on record), in the grid's order.
     */
    public List<ChasedUnit> chasingList(long periodId) {
        PeriodSummary period = period(periodId).orElseThrow();
        LocalDate today = completeness.today();
        List<CompletenessQueries.Cell> owing = completeness.ofPeriods(List.of(periodId), expectedUnits()).stream()
                .filter(cell -> CellStatus.of(cell.expected(), cell.status(), period.isDuePassed(today)).isOwed())
                .toList();
        Set<Long> unitIds = owing.stream().map(CompletenessQueries.Cell::unitId).collect(Collectors.toSet());
        Map<Long, List<UserSummary>> heads = byUnit(users.activeInUnits(unitIds, Role.UNIT_HEAD));
        Map<Long, List<UserSummary>> staff = byUnit(users.activeInUnits(unitIds, Role.UNIT_STAFF));
        return owing.stream()
                .map(cell -> new ChasedUnit(cell.unitId(), cell.unitCode(), cell.unitName(),
                        CellStatus.of(cell.expected(), cell.status(), period.isDuePassed(today)), cell.reportId(),
                        heads.getOrDefault(cell.unitId(), List.of()),
                        heads.containsKey(cell.unitId()) ? List.of() : staff.getOrDefault(cell.unitId(), List.of())))
                .toList();
    }

    /** The grid of a year read afresh, its cells not kept (for the tests that compare a kept grid with a fresh one). */
    CompletenessGrid gridAfresh(int year) {
        List<PeriodSummary> yearPeriods = periods(year);
        ReportingSettings.ExpectedUnits mode = expectedUnits();
        return buildGrid(year, yearPeriods, mode, completeness.ofYear(year, mode, null));
    }

    private CompletenessGrid buildGrid(int year, Long onlyUnit) {
        List<PeriodSummary> yearPeriods = periods(year);
        ReportingSettings.ExpectedUnits mode = expectedUnits();
        return buildGrid(year, yearPeriods, mode, onlyUnit == null ? provinceCells(year, yearPeriods, mode)
                : completeness.ofYear(year, mode, onlyUnit));
    }

    /**
     * The year's cells for every unit, kept with their stamp and given again while a first, small statement finds the
     * same (the cells' statement is the grid's heaviest: some 1,500 cells from the year's tasks, units and reports).
     */
    private List<CompletenessQueries.Cell> provinceCells(int year, List<PeriodSummary> yearPeriods,
            ReportingSettings.ExpectedUnits mode) {
        CellsStamp stamp = new CellsStamp(yearPeriods, mode, stamps.ofYear(year));
        return keptCells.get(year, stamp, stamp.reports().keepable(),
                () -> List.copyOf(completeness.ofYear(year, mode, null)));
    }

    /** A period's cells for its page, kept as the year's are ({@link #provinceCells}). */
    private List<CompletenessQueries.Cell> periodCells(PeriodSummary period, ReportingSettings.ExpectedUnits mode) {
        CellsStamp stamp = new CellsStamp(List.of(period), mode, stamps.ofPeriod(period.id()));
        return keptPeriodCells.get(period.id(), stamp, stamp.reports().keepable(),
                () -> List.copyOf(completeness.ofPeriods(List.of(period.id()), mode)));
    }

    /** A period's page read afresh, without keeping its cells (for the tests that compare a kept read with a fresh one). */
    PeriodPage periodPageAfresh(PeriodSummary period, GridFilter filter, Pageable pageable) {
        return periodPage(period, filter, pageable, completeness.ofPeriods(List.of(period.id()), expectedUnits()));
    }

    private CompletenessGrid buildGrid(int year, List<PeriodSummary> yearPeriods, ReportingSettings.ExpectedUnits mode,
            List<CompletenessQueries.Cell> raw) {
        List<UnitStanding> cells = standings(yearPeriods, raw);
        Map<Long, GridRow> rows = new LinkedHashMap<>();
        raw.forEach(cell -> rows.computeIfAbsent(cell.unitId(), unitId -> new GridRow(unitId, cell.unitCode(),
                cell.unitName(), cell.unitType(), new LinkedHashMap<>())));
        cells.forEach(cell -> rows.get(cell.unitId()).cells().put(cell.periodId(), cell));
        LocalDate today = completeness.today();
        List<PeriodCounts> counts = yearPeriods.stream()
                .map(period -> count(period, cells.stream().filter(c -> c.periodId() == period.id()).toList(), today))
                .toList();
        return new CompletenessGrid(year, yearPeriods, List.copyOf(rows.values()), counts, mode);
    }

    private List<UnitStanding> standings(List<PeriodSummary> periodList, List<CompletenessQueries.Cell> cells) {
        LocalDate today = completeness.today();
        Map<Long, PeriodSummary> byId = periodList.stream().collect(Collectors.toMap(PeriodSummary::id, Function.identity()));
        return cells.stream()
                .filter(cell -> byId.containsKey(cell.periodId()))
                .map(cell -> standing(cell, byId.get(cell.periodId()), today))
                .toList();
    }

    private static UnitStanding standing(CompletenessQueries.Cell cell, PeriodSummary period, LocalDate today) {
        return new UnitStanding(cell.periodId(), cell.unitId(), cell.unitName(),
                CellStatus.of(cell.expected(), cell.status(), period.isDuePassed(today)), cell.timeliness(),
                cell.reportId());
    }

    static PeriodCounts count(PeriodSummary period, List<UnitStanding> cells, LocalDate today) {
        long expected = 0;
        long delivered = 0;
        long onTime = 0;
        long late = 0;
        long missing = 0;
        long returned = 0;
        long accepted = 0;
        long awaiting = 0;
        long notYetDue = 0;
        for (UnitStanding cell : cells) {
            CellStatus status = cell.status();
            if (status == CellStatus.NOT_EXPECTED) {
                continue;
            }
            expected++;
            if (status.isDelivered()) {
                delivered++;
                onTime += cell.timeliness() == Timeliness.ON_TIME ? 1 : 0;
                late += cell.timeliness() == Timeliness.LATE ? 1 : 0;
            }
            switch (status) {
                case MISSING -> missing++;
                case RETURNED -> returned++;
                case ACCEPTED -> accepted++;
                case SUBMITTED, UNDER_REVIEW -> awaiting++;
                case NOT_STARTED, DRAFT -> notYetDue++;
                default -> { }
            }
        }
        return new PeriodCounts(period, expected, delivered, onTime, late, missing, returned, accepted, awaiting,
                notYetDue);
    }

    private static Map<Long, List<UserSummary>> byUnit(List<UserSummary> people) {
        return people.stream().collect(Collectors.groupingBy(UserSummary::unitId, LinkedHashMap::new, Collectors.toList()));
    }
}
