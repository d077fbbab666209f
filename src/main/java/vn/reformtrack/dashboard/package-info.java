/**
 * Dashboards for leadership and Home Affairs: the province overview, quarterly progress, the annual view, the national
 * rankings and the league table of the province's own units. A read side: every figure comes from its own SQL
 * aggregates over the other modules' tables, never from their entities, and is confined to the unit of a unit user.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboards")
package vn.reformtrack.dashboard;
