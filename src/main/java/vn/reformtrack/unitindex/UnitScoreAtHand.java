package vn.reformtrack.unitindex;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The unit's reports and tasks of a year, to pick as evidence on its criterion pages. */
@Service
@Transactional(readOnly = true)
public class UnitScoreAtHand {

    private final YearAtHand yearAtHand;

    UnitScoreAtHand(YearAtHand yearAtHand) {
        this.yearAtHand = yearAtHand;
    }

    public List<YearReport> reports(long unitId, int year) {
        return yearAtHand.reports(unitId, year);
    }

    public List<YearTask> tasks(long unitId, int year) {
        return yearAtHand.tasks(unitId, year);
    }
}
