/**
 * Published results: the provinces of the national tables (and the 2025 mergers), each year's totals and ranks per
 * index, national means and medians, and the own province's score per criterion. Other modules read them through
 * {@link vn.reformtrack.results.IndexResults}; {@link vn.reformtrack.results.Ranking} ranks a score in a table.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Results")
package vn.reformtrack.results;
