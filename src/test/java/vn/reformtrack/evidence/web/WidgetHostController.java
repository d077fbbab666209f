package vn.reformtrack.evidence.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.reformtrack.identity.CurrentUser;

/**
 * Test only: a page of "another module" whose form encloses the upload widget, as a report entry form will. Its
 * POST answers with the parameters the enclosing form really sent, so a browser test can check that the linked ids
 * travel and the widget's own fields do not.
 */
@Controller
class WidgetHostController {

    static final String PATH = "/test/evidence-widget-host";

    @GetMapping(PATH)
    String page(CurrentUser user, Model model) {
        model.addAttribute("unitId", user.unitId());
        return "evidence-test/widget-host";
    }

    @PostMapping(PATH)
    ResponseEntity<String> submitted(@RequestParam MultiValueMap<String, String> parameters) {
        Map<String, List<String>> sent = new TreeMap<>(parameters);
        sent.remove("_csrf");
        return ResponseEntity.ok().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8)).body(sent.toString());
    }
}
