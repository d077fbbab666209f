/**
 * The province's own PAR index of its departments and communes (Chỉ số cải cách hành chính của các sở, ban, ngành và
 * UBND cấp xã): unit groups with their criteria sets (versions of internal frameworks in the indices catalogue), the
 * yearly round with its timetable, each unit's self-assessment with evidence, the appraisal council, explanations of
 * the preliminary scores, the survey part, and the published index, rank and class of every unit.
 *
 * <p>Other modules read it through {@link vn.reformtrack.unitindex.UnitIndexQueries} and listen to its events
 * ({@link vn.reformtrack.unitindex.UnitIndexPreliminaryPublished}, {@link vn.reformtrack.unitindex.ExplanationWindowOpened},
 * {@link vn.reformtrack.unitindex.UnitIndexPublished}). Tables: see {@code V140__unit_index.sql}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Unit index")
package vn.reformtrack.unitindex;
