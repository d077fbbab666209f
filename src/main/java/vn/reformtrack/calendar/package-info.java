/**
 * The working-day calendar (lịch làm việc): weekends, the public holidays of the Labour Code (Tết Dương lịch, Tết
 * Nguyên đán, Giỗ Tổ Hùng Vương, 30/4, 1/5, Quốc khánh) and the days off and make-up working days the government
 * announces each year, kept by the administrator per year. Other modules count "N working days" with the
 * {@link vn.reformtrack.calendar.WorkingCalendar} that {@link vn.reformtrack.calendar.WorkingDays} hands out: reporting
 * (due dates, grace days), notifications (reminders, escalation). It sits right above settings so that every module
 * that has deadlines may use it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working-day calendar")
package vn.reformtrack.calendar;
