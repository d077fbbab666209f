/**
 * Demo mode: a realistic province (Quảng Ninh) and one account per role, loaded at the first start with the
 * embedded database or the {@code demo} profile. See {@link vn.reformtrack.shared.demo.DemoMode}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package vn.reformtrack.demo;
