package com.market25.admin.imports;

import com.market25.admin.i18n.Texts;
import com.market25.admin.staff.StaffSession;
import com.market25.common.InvalidInputException;
import com.market25.customerimport.AlreadyImportedException;
import com.market25.customerimport.ColumnMapping;
import com.market25.customerimport.CustomerImports;
import com.market25.customerimport.ImportField;
import com.market25.customerimport.ImportFormat;
import com.market25.customerimport.ImportProgress;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.file.UploadedFile;

/**
 * 고객 일괄 등록 (MEM-03): upload a file, map its columns (xlsx, customer lists; mappings saved
 * by name), start the import and watch it (the page polls {@link #poll}), cancel it, download
 * the rejects. The work is the domain's ({@link CustomerImports}); this bean keeps the uploaded
 * file between the upload and the start only.
 */
@Named
@ViewScoped
public class ImportsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CustomerImports imports;

    @Inject
    private StaffSession staff;

    private ImportFormat format = ImportFormat.CDNOW;
    private transient UploadedFile file;
    /** The upload waiting for the mapping step, in a temporary file. */
    private String pendingPath;
    private String pendingName;
    private List<String> headers = List.of();
    private final Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
    private String savedMapping;
    private String mappingName;
    private ImportProgress current;
    private final Jobs jobs = new Jobs();

    @PostConstruct
    void init() {
        current = imports.jobs(0, 1).stream().findFirst().orElse(null);
    }

    /** Step 1: the file arrives; mapped formats go on to the mapping step, the others start at once. */
    public void upload() {
        if (file == null || file.getSize() == 0) {
            Texts.error("importForm:file", Texts.domain("error.import.empty"));
            return;
        }
        discardPending();
        try (InputStream in = file.getInputStream()) {
            Path temp = Files.createTempFile("market25-upload-", ".dat");
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            pendingPath = temp.toString();
            pendingName = file.getFileName();
        } catch (IOException e) {
            Texts.error("importForm:file", Texts.domain("error.import.unreadable"));
            return;
        }
        if (format.mapped()) {
            try {
                headers = imports.headers(format, Path.of(pendingPath));
            } catch (InvalidInputException e) {
                Texts.error("importForm:file", Texts.domain("error.import.unreadable"));
                discardPending();
                return;
            }
            columns.clear();
            columns.putAll(ColumnMapping.fromHeaders(headers).columns());
        } else {
            start();
        }
    }

    /** Applies a saved mapping to the mapping step. */
    public void useSavedMapping() {
        if (savedMapping != null) {
            imports.mapping(savedMapping).ifPresent(m -> {
                columns.clear();
                columns.putAll(ColumnMapping.parse(m.spec()).columns());
                mappingName = m.name();
            });
        }
    }

    public void saveMapping() {
        try {
            imports.saveMapping(mappingName, mapping().spec(), staff.loginId());
            savedMapping = mappingName == null ? null : mappingName.strip();
            Texts.info(null, Texts.ui("import.mappingSaved", savedMapping));
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> Texts.error(null, Texts.domain(key)));
        }
    }

    /** Step 2 (or straight after the upload): the job starts in the background. */
    public void start() {
        if (pendingPath == null) {
            Texts.error("importForm:file", Texts.domain("error.import.empty"));
            return;
        }
        try (InputStream in = Files.newInputStream(Path.of(pendingPath))) {
            current = imports.start(format, in, pendingName, null, format.mapped() ? mapping().spec() : null,
                    staff.loginId());
            Texts.info(null, Texts.ui("import.started", current.id()));
            discardPending();
        } catch (AlreadyImportedException e) {
            Texts.error(null, Texts.domain("error.import.already", String.valueOf(e.earlierJobId())));
            imports.progress(e.earlierJobId()).ifPresent(p -> current = p);
            discardPending();
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> Texts.error(null, Texts.domain(key)));
        } catch (IOException e) {
            Texts.error(null, Texts.domain("error.import.unreadable"));
        }
    }

    public void cancelMapping() {
        discardPending();
    }

    public void cancelImport() {
        if (current != null && imports.cancel(current.id())) {
            Texts.info(null, Texts.ui("import.cancelRequested"));
        }
        poll();
    }

    public void poll() {
        if (current != null) {
            current = imports.progress(current.id()).orElse(null);
        }
    }

    /** Shows another job's progress and figures. */
    public void show(long jobId) {
        imports.progress(jobId).ifPresent(p -> current = p);
    }

    @PreDestroy
    void discardPending() {
        if (pendingPath != null) {
            try {
                Files.deleteIfExists(Path.of(pendingPath));
            } catch (IOException e) {
                // a temporary file left behind harms nothing
            }
        }
        pendingPath = null;
        pendingName = null;
        headers = List.of();
    }

    private ColumnMapping mapping() {
        Map<ImportField, Integer> chosen = new EnumMap<>(ImportField.class);
        columns.forEach((field, column) -> {
            if (column != null && column >= 0) {
                chosen.put(field, column);
            }
        });
        return new ColumnMapping(chosen);
    }

    /** The mapping step's rows: each field with the column chosen for it. */
    public List<ImportField> getFields() {
        return List.of(ImportField.values());
    }

    public Integer column(ImportField field) {
        return columns.get(field);
    }

    public Map<ImportField, Integer> getColumns() {
        return columns;
    }

    /** The header's columns as choices (0, 1, …), labelled by {@link #headerLabel}. */
    public List<Integer> getHeaderColumns() {
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            columns.add(i);
        }
        return columns;
    }

    /** A column as staff see it in the mapping step: "B: 성명". */
    public String headerLabel(int column) {
        return columnLetter(column) + ": " + (column < headers.size() ? headers.get(column) : "");
    }

    static String columnLetter(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            s.insert(0, (char) ('A' + i % 26));
        }
        return s.toString();
    }

    public boolean isMappingStep() {
        return pendingPath != null && format.mapped();
    }

    public boolean isRunning() {
        return current != null && current.running();
    }

    public String formatLabel(ImportFormat f) {
        return f == null ? "" : Texts.ui("import.format." + f.name());
    }

    public String fieldLabel(ImportField f) {
        return Texts.domain(f.labelKey());
    }

    public ImportFormat[] getFormats() {
        return ImportFormat.values();
    }

    public List<CustomerImports.SavedMapping> getMappings() {
        return imports.mappings();
    }

    public ImportFormat getFormat() {
        return format;
    }

    public void setFormat(ImportFormat format) {
        this.format = format;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getPendingName() {
        return pendingName;
    }

    public String getSavedMapping() {
        return savedMapping;
    }

    public void setSavedMapping(String savedMapping) {
        this.savedMapping = savedMapping;
    }

    public String getMappingName() {
        return mappingName;
    }

    public void setMappingName(String mappingName) {
        this.mappingName = mappingName;
    }

    public ImportProgress getCurrent() {
        return current;
    }

    public Jobs getJobs() {
        return jobs;
    }

    /** Every import, newest first, paged by the database. */
    public class Jobs extends LazyDataModel<ImportProgress> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, imports.jobCount());
        }

        @Override
        public List<ImportProgress> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return imports.jobs(first, pageSize);
        }

        @Override
        public String getRowKey(ImportProgress job) {
            return Long.toString(job.id());
        }

        @Override
        public ImportProgress getRowData(String rowKey) {
            return imports.progress(Long.parseLong(rowKey)).orElse(null);
        }
    }
}
