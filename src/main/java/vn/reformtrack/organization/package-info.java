/**
 * The province's organisation: a tree of units (the provincial People's Committee, departments, sector agencies,
 * communes). Other modules refer to units by id and read them through {@link vn.reformtrack.organization.UnitDirectory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization")
package vn.reformtrack.organization;
