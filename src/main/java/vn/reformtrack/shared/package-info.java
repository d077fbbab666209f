/**
 * Infrastructure every module may use: persistence base classes, web support (layout, errors, formatting,
 * navigation), spreadsheet export and the embedded database for local runs.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.reformtrack.shared;
