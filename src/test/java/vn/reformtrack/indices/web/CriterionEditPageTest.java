package vn.reformtrack.indices.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.indices.CatalogEditor;
import vn.reformtrack.indices.CriteriaEditor;
import vn.reformtrack.indices.Criterion;
import vn.reformtrack.indices.CriterionKind;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.support.IndexTestData;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/** A coordinator opens a criterion's form as it is saved, its default units selected, through the real web stack. */
@IntegrationTest
@WithMockUser(roles = "COORDINATOR")
class CriterionEditPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    CatalogEditor catalogEditor;

    @Autowired
    CriteriaEditor criteriaEditor;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCoordinatorOpensTheEditFormOfACriterionWithItsUnitsSelected() throws Exception {
        IndexTestData indices = new IndexTestData(jdbc, catalogEditor, criteriaEditor);
        long versionId = indices.internalIndexWithVersion().getId();
        Unit lead = data.department("Sở chủ trì");
        Unit partner = data.department("Sở phối hợp");
        Criterion criterion = criteriaEditor.create(versionId, null,
                IndexTestData.command("1", CriterionKind.AREA, "10", null, lead.getId(), Set.of(partner.getId())));
        UserAccount coordinator = data.user(Role.COORDINATOR, null);

        String page = mvc.perform(get("/indices/criteria/" + criterion.getId() + "/edit").with(data.as(coordinator)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        Document form = Jsoup.parse(page);
        assertThat(form.select("#code").val()).isEqualTo("1");
        assertThat(form.select("select[name=coordinatingUnitIds] option[selected]").eachAttr("value"))
                .containsExactly(String.valueOf(partner.getId()));
    }
}
