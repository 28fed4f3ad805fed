package com.market25.admin.imports;

import com.market25.admin.i18n.Texts;
import com.market25.customerimport.CustomerImports;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The rejects report of an import as a CSV download for the page (the API has its own,
 * {@code /api/imports/{id}/rejects}); web.xml lets the same roles in as the page.
 */
@WebServlet("/imports/rejects")
public class ImportRejectsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private CustomerImports imports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (imports.progress(id).isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] csv = imports.rejectsCsv(id, Texts.supported(request.getParameter("lang"))).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + id + "-rejects.csv\"");
        response.setContentLength(csv.length);
        response.getOutputStream().write(csv);
    }
}
