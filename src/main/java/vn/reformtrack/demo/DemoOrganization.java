package vn.reformtrack.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAdminService;
import vn.reformtrack.identity.UserCommand;
import vn.reformtrack.organization.UnitCommand;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitService;
import vn.reformtrack.organization.UnitType;
import vn.reformtrack.shared.demo.DemoMode;
import vn.reformtrack.shared.startup.StartupOrder;
import vn.reformtrack.shared.startup.StartupTask;

/**
 * Quảng Ninh under the two-tier model (from 1/7/2025): the provincial People's Committee, its departments and
 * sector agencies, and a few of its communes, wards and special zones; and the five demo accounts. Loaded once,
 * when demo mode is on and the unit tree is still empty.
 */
@Slf4j
@Component
class DemoOrganization implements StartupTask {

    static final String PASSWORD = "demo123";

    /** code, name, type; the first is the root, every other unit hangs under it. */
    private static final List<String[]> UNITS = List.of(
            new String[] {"UBND", "Ủy ban nhân dân tỉnh Quảng Ninh", "PROVINCE_PC"},
            new String[] {"VP", "Văn phòng UBND tỉnh", "DEPARTMENT"},
            new String[] {"SNV", "Sở Nội vụ", "DEPARTMENT"},
            new String[] {"STP", "Sở Tư pháp", "DEPARTMENT"},
            new String[] {"STC", "Sở Tài chính", "DEPARTMENT"},
            new String[] {"SCT", "Sở Công Thương", "DEPARTMENT"},
            new String[] {"SNNMT", "Sở Nông nghiệp và Môi trường", "DEPARTMENT"},
            new String[] {"SXD", "Sở Xây dựng", "DEPARTMENT"},
            new String[] {"SKHCN", "Sở Khoa học và Công nghệ", "DEPARTMENT"},
            new String[] {"SGDDT", "Sở Giáo dục và Đào tạo", "DEPARTMENT"},
            new String[] {"SYT", "Sở Y tế", "DEPARTMENT"},
            new String[] {"SVHTT", "Sở Văn hóa và Thể thao", "DEPARTMENT"},
            new String[] {"SDL", "Sở Du lịch", "DEPARTMENT"},
            new String[] {"SDTTG", "Sở Dân tộc và Tôn giáo", "DEPARTMENT"},
            new String[] {"TTT", "Thanh tra tỉnh", "DEPARTMENT"},
            new String[] {"BQLKKT", "Ban Quản lý Khu kinh tế tỉnh", "SECTOR_AGENCY"},
            new String[] {"TTPVHCC", "Trung tâm Phục vụ hành chính công tỉnh", "SECTOR_AGENCY"},
            new String[] {"CAT", "Công an tỉnh", "SECTOR_AGENCY"},
            new String[] {"P-HALONG", "Phường Hạ Long", "COMMUNE"},
            new String[] {"P-BAICHAY", "Phường Bãi Cháy", "COMMUNE"},
            new String[] {"P-CAMPHA", "Phường Cẩm Phả", "COMMUNE"},
            new String[] {"P-UONGBI", "Phường Uông Bí", "COMMUNE"},
            new String[] {"P-MONGCAI1", "Phường Móng Cái 1", "COMMUNE"},
            new String[] {"DK-VANDON", "Đặc khu Vân Đồn", "COMMUNE"},
            new String[] {"DK-COTO", "Đặc khu Cô Tô", "COMMUNE"},
            new String[] {"X-TIENYEN", "Xã Tiên Yên", "COMMUNE"},
            new String[] {"X-BINHLIEU", "Xã Bình Liêu", "COMMUNE"},
            new String[] {"X-BACHE", "Xã Ba Chẽ", "COMMUNE"});

    private final DemoMode demoMode;
    private final UnitDirectory unitDirectory;
    private final UnitService units;
    private final UserAdminService users;

    DemoOrganization(DemoMode demoMode, UnitDirectory unitDirectory, UnitService units, UserAdminService users) {
        this.demoMode = demoMode;
        this.unitDirectory = unitDirectory;
        this.units = units;
        this.users = users;
    }

    @Override
    public int order() {
        return StartupOrder.DEMO_ORGANIZATION;
    }

    @Override
    @Transactional
    public void run() {
        if (!demoMode.isOn() || unitDirectory.countActive() > 0) {
            return;
        }
        Map<String, Long> ids = new HashMap<>();
        Long root = null;
        for (String[] unit : UNITS) {
            long id = units.create(new UnitCommand(unit[0], unit[1], UnitType.valueOf(unit[2]), root)).getId();
            ids.put(unit[0], id);
            if (root == null) {
                root = id;
            }
        }
        account("admin", "Trần Quốc Bảo", Role.ADMIN, ids.get("VP"));
        account("coordinator", "Nguyễn Thị Thu Hà", Role.COORDINATOR, ids.get("SNV"));
        account("head", "Phạm Văn Dũng", Role.UNIT_HEAD, ids.get("STP"));
        account("staff", "Lê Thị Mai", Role.UNIT_STAFF, ids.get("STP"));
        account("leader", "Vũ Đức Thắng", Role.LEADER, ids.get("UBND"));
        log.info("Demo mode: loaded {} units of Quảng Ninh and 5 demo accounts (password {})", UNITS.size(), PASSWORD);
    }

    private void account(String username, String fullName, Role role, Long unitId) {
        users.createDemoAccount(
                new UserCommand(username, fullName, username + "@demo.quangninh.gov.vn", null, role, unitId), PASSWORD);
    }
}
