package vn.reformtrack.unitindex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.reformtrack.indices.CriteriaImport;
import vn.reformtrack.shared.imports.ImportRow;

/**
 * Demo mode only: the criteria of the demo's sets, ILLUSTRATIVE (the sets' names say so): eight areas worth 100
 * points (the sociological survey 20 of them), a bonus pool limited to 3 points and a deduction pool limited to 5,
 * modelled on the national PAR Index. The communes' set weighs procedures and digital government more.
 */
final class DemoUnitIndexSets {

    /** code, parent code, name, maximum, step, kind (areas only), owning department's code (areas only). */
    private static final List<String[]> DEPARTMENTS = List.of(
            new String[] {"1", null, "Công tác chỉ đạo, điều hành cải cách hành chính", "10", null, null, "SNV"},
            new String[] {"1.1", "1", "Ban hành và thực hiện kế hoạch CCHC năm", "3", "0.5"},
            new String[] {"1.2", "1", "Báo cáo CCHC định kỳ đúng hạn, đủ nội dung", "3", "0.5"},
            new String[] {"1.3", "1", "Kiểm tra, tuyên truyền cải cách hành chính", "4", "0.5"},
            new String[] {"2", null, "Cải cách thể chế", "12", null, null, "STP"},
            new String[] {"2.1", "2", "Xây dựng, ban hành văn bản quy phạm pháp luật", "6", "0.5"},
            new String[] {"2.2", "2", "Rà soát văn bản, theo dõi thi hành pháp luật", "6", "0.5"},
            new String[] {"3", null, "Cải cách thủ tục hành chính", "15", null, null, "VP"},
            new String[] {"3.1", "3", "Kiểm soát, công khai thủ tục hành chính", "5", "0.5"},
            new String[] {"3.2", "3", "Thực hiện cơ chế một cửa, một cửa liên thông", "5", "0.5"},
            new String[] {"3.3", "3", "Giải quyết hồ sơ đúng và trước hạn", "5", "0.5"},
            new String[] {"4", null, "Cải cách tổ chức bộ máy", "10", null, null, "SNV"},
            new String[] {"4.1", "4", "Sắp xếp, kiện toàn tổ chức bộ máy", "5", "0.5"},
            new String[] {"4.2", "4", "Quản lý, sử dụng biên chế", "5", "0.5"},
            new String[] {"5", null, "Xây dựng đội ngũ cán bộ, công chức, viên chức", "10", null, null, "SNV"},
            new String[] {"5.1", "5", "Vị trí việc làm, tuyển dụng, đánh giá", "5", "0.5"},
            new String[] {"5.2", "5", "Kỷ luật, kỷ cương hành chính", "5", "0.5"},
            new String[] {"6", null, "Cải cách tài chính công", "8", null, null, "STC"},
            new String[] {"6.1", "6", "Quản lý, sử dụng ngân sách, tài sản công", "4", "0.5"},
            new String[] {"6.2", "6", "Tự chủ của đơn vị sự nghiệp công lập", "4", "0.5"},
            new String[] {"7", null, "Xây dựng chính quyền điện tử, chính quyền số", "15", null, null, "SKHCN"},
            new String[] {"7.1", "7", "Hạ tầng, nền tảng số, an toàn thông tin", "5", "0.5"},
            new String[] {"7.2", "7", "Cung cấp dịch vụ công trực tuyến", "5", "0.5"},
            new String[] {"7.3", "7", "Kết nối, chia sẻ dữ liệu", "5", "0.5"},
            new String[] {"8", null, "Điều tra xã hội học", "20", null, "SURVEY", "SNV"},
            new String[] {"8.1", "8", "Đánh giá của lãnh đạo, quản lý", "10", null},
            new String[] {"8.2", "8", "Sự hài lòng của người dân, tổ chức", "10", null},
            new String[] {"9", null, "Điểm thưởng", "3", null, "BONUS", "SNV"},
            new String[] {"9.1", "9", "Sáng kiến cải cách hành chính được công nhận", "2", "0.5"},
            new String[] {"9.2", "9", "Mô hình, giải pháp mới được nhân rộng", "2", "0.5"},
            new String[] {"10", null, "Điểm trừ", "5", null, "DEDUCTION", "SNV"},
            new String[] {"10.1", "10", "Chậm, thiếu báo cáo định kỳ", "2", "0.5"},
            new String[] {"10.2", "10", "Bị phê bình, xử lý kỷ luật trong công tác CCHC", "3", "0.5"});

    /** The communes' maxima where they differ: code → maximum. */
    private static final Map<String, String> COMMUNES = Map.of("1", "5", "1.1", "2", "1.2", "1.5", "1.3", "1.5",
            "3", "20", "3.2", "10");

    private DemoUnitIndexSets() {}

    /**
     * The rows of the demo's set as a spreadsheet would give them (the communes' maxima when {@code communes}), for
     * {@link CriteriaSetImport}: one check of the whole set and one save, instead of a save and a check per criterion.
     */
    static List<ImportRow> rows(boolean communes) {
        List<ImportRow> rows = new ArrayList<>();
        for (String[] row : DEPARTMENTS) {
            Map<String, String> values = new HashMap<>();
            values.put(CriteriaImport.CODE.id(), row[0]);
            values.put(CriteriaImport.NAME_VI.id(), row[2]);
            values.put(CriteriaImport.MAX.id(), communes ? COMMUNES.getOrDefault(row[0], row[3]) : row[3]);
            put(values, CriteriaImport.PARENT.id(), row[1]);
            put(values, CriteriaImport.STEP.id(), row[4]);
            put(values, CriteriaSetImport.PART.id(), row.length > 5 ? row[5] : null);
            put(values, CriteriaImport.LEAD.id(), row.length > 6 ? row[6] : null);
            put(values, CriteriaSetImport.GUIDANCE.id(), guidance(row[0]));
            rows.add(new ImportRow(rows.size() + 2, values));
        }
        return rows;
    }

    private static void put(Map<String, String> values, String column, String value) {
        if (value != null) {
            values.put(column, value);
        }
    }

    private static String guidance(String code) {
        return switch (code) {
            case "1.1" -> "Ban hành kế hoạch trước ngày 31/12 năm trước: đạt điểm tối đa; ban hành chậm: 1,5 điểm; hoàn thành "
                    + "dưới 80% nhiệm vụ của kế hoạch: trừ 0,5 điểm mỗi 10% (minh họa).";
            case "3.3" -> "Tỷ lệ hồ sơ giải quyết đúng và trước hạn: từ 98% đạt điểm tối đa; từ 95% đến dưới 98%: 4 điểm; "
                    + "dưới 95%: 2 điểm (minh họa).";
            case "9" -> "Cộng cho sáng kiến, mô hình được cấp có thẩm quyền công nhận trong năm; tổng điểm thưởng không quá 3 "
                    + "(minh họa).";
            case "10" -> "Trừ khi báo cáo chậm, thiếu hoặc đơn vị bị phê bình; tổng điểm trừ không quá 5 (minh họa).";
            default -> null;
        };
    }
}
