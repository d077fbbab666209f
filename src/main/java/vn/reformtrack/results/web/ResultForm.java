package vn.reformtrack.results.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import lombok.Data;
import vn.reformtrack.results.IndexResult;
import vn.reformtrack.results.ResultCommand;

/** A province's published result as the form sends it. */
@Data
class ResultForm {

    @NotBlank
    private String jurisdictionCode;

    @DecimalMin("0")
    private BigDecimal total;

    @Min(1)
    private Integer rank;

    @Min(1)
    private Integer rankTo;

    @Min(1)
    @Max(100)
    private Integer ofTotal;

    @Size(max = 1000)
    private String source;

    @Size(max = 100)
    private String sourceDecision;

    private long version;

    static ResultForm from(IndexResult result, String jurisdictionCode) {
        ResultForm form = new ResultForm();
        form.setJurisdictionCode(jurisdictionCode);
        form.setTotal(result.getTotal());
        form.setRank(result.isRankComputed() ? null : result.getRank());
        form.setRankTo(result.getRankTo());
        form.setOfTotal(result.getOfTotal());
        form.setSource(result.getSource());
        form.setSourceDecision(result.getSourceDecision());
        form.setVersion(result.getVersion());
        return form;
    }

    ResultCommand toCommand() {
        return new ResultCommand(jurisdictionCode, total, rank, rankTo, ofTotal, source, sourceDecision);
    }
}
