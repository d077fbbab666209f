/**
 * Self-assessment of index criteria (tự đánh giá, chấm điểm): rounds a coordinator opens for a methodology and year,
 * criteria recorded with evidence by the responsible units, appraised by Home Affairs, survey criteria estimated, and
 * the projected score, rank and targets. Other modules read it through {@link vn.reformtrack.assessment.AssessmentQueries}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment")
package vn.reformtrack.assessment;
