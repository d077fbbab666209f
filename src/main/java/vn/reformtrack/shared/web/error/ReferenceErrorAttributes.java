package vn.reformtrack.shared.web.error;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/** Adds the request's reference to what Boot's error pages see; never the exception or its message. */
@Component
class ReferenceErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
        Object reference = request.getAttribute(RequestReferenceFilter.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        attributes.put("reference", reference);
        return attributes;
    }
}
