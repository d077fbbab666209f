package vn.reformtrack.shared.web.error;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Exists only in the test classpath: a handler that fails the way an unexpected bug would. */
@Controller
class FailingTestController {

    @GetMapping("/test-only/fail")
    String fail() {
        throw new IllegalStateException("secret detail that must never reach the browser");
    }
}
