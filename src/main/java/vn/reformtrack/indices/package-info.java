/**
 * Index frameworks (PAR Index, SIPAS, PAPI, PCI and a province's own internal index), their methodology versions
 * and criteria trees. Other modules read them through {@link vn.reformtrack.indices.IndexCatalog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indices")
package vn.reformtrack.indices;
