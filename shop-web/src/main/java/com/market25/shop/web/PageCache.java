package com.market25.shop.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.market25.catalog.CatalogChanges;
import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the catalog pages (home, shop corners, products) that every anonymous visitor sees the
 * same, so a crawler or a sale's crowd costs one page made per second instead of one per visit.
 * <p>
 * A kept page is correct by construction: it is only for visitors without a session (no cart,
 * nobody signed in, no form token), keyed by page, language and the parameters the page reads;
 * it is made again as soon as the catalog changed in this server ({@link CatalogChanges}: a sale,
 * a cancel, an expiry), and at the latest after {@link #lifetime} for changes made elsewhere.
 * <p>
 * A product page depends on its own product only: it is made again as soon as that product
 * changed ({@link CatalogChanges#unchangedSince}: at the commit of a change in this server, and
 * within a second for a change made elsewhere, which {@link CatalogChanges} finds in the product
 * rows' change stamps), not when other products sell. It is kept at most
 * {@link #PRODUCT_PAGE_LIFETIME}, a backstop only.
 * <p>
 * While one request makes a page, others asking for the same page wait for it instead of making
 * it too. {@code MARKET25_PAGE_CACHE_MILLIS} sets the lifetime (0 switches the cache off).
 */
@WebFilter(filterName = "pageCache")
public class PageCache extends HttpFilter {

    static final long DEFAULT_LIFETIME_MILLIS = 1000;
    static final Duration PRODUCT_PAGE_LIFETIME = Duration.ofMinutes(1);

    /** Request attribute: the id of the product a page shows (set by the catalog servlet). */
    public static final String PRODUCT_SHOWN = "market25.productShown";

    /** Parameters the catalog pages read; a request with any other is made, not kept. */
    private static final Set<String> PAGE_PARAMETERS = Set.of("page", "sort", "joined");
    private static final int MAX_PAGES = 5_000;
    /** One per product of a mall of 10,000 (a product page is about 2.5 KB). */
    private static final int MAX_PRODUCT_PAGES = 12_000;

    /** A page made when the catalog was at {@code version}; {@code productId} for a product page. */
    private record Page(long version, Long productId, String contentType, String contentLanguage, byte[] body) {
    }

    @EJB
    private CatalogChanges changes;

    private final long lifetime = setting("MARKET25_PAGE_CACHE_MILLIS", DEFAULT_LIFETIME_MILLIS);
    private final Cache<String, Page> pages = Caffeine.newBuilder()
            .maximumSize(MAX_PAGES)
            .expireAfterWrite(Duration.ofMillis(Math.max(1, lifetime)))
            .build();
    private final Cache<String, Page> productPages = Caffeine.newBuilder()
            .maximumSize(MAX_PRODUCT_PAGES)
            .expireAfterWrite(PRODUCT_PAGE_LIFETIME)
            .build();
    private final Map<String, CompletableFuture<Page>> making = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String key = lifetime > 0 ? key(req) : null;
        if (key == null) {
            chain.doFilter(req, resp);
            return;
        }
        long version = changes.version();
        Cache<String, Page> cache = req.getServletPath().equals("/product") ? productPages : pages;
        Page kept = cache.getIfPresent(key);
        if (kept != null && fresh(kept, version)) {
            send(kept, resp);
            return;
        }
        CompletableFuture<Page> mine = new CompletableFuture<>();
        CompletableFuture<Page> other = making.putIfAbsent(key, mine);
        if (other != null) {
            Page made = waitFor(other);
            if (made != null && fresh(made, version)) {
                send(made, resp);
            } else {
                chain.doFilter(req, resp);
            }
            return;
        }
        Page made = null;
        try {
            made = make(req, resp, chain, version);
            if (made != null && fresh(made, changes.version())) {
                cache.put(key, made);
            }
        } finally {
            mine.complete(made);
            making.remove(key, mine);
        }
    }

    /** Whether a page made at its version is still what a visitor would be shown at {@code now}. */
    private boolean fresh(Page page, long now) {
        return page.productId() != null
                ? changes.unchangedSince(page.productId(), page.version())
                : page.version() == now;
    }

    /** The page's key, or null when this request's answer is not the same for every visitor. */
    private static String key(HttpServletRequest req) {
        if (!"GET".equals(req.getMethod()) || req.getSession(false) != null || req.getParameter("lang") != null) {
            return null;
        }
        String path = req.getServletPath();
        if (!path.isEmpty() && !path.equals("/category") && !path.equals("/product")) {
            return null;
        }
        Map<String, String> kept = new TreeMap<>();
        for (Map.Entry<String, String[]> p : req.getParameterMap().entrySet()) {
            if (!PAGE_PARAMETERS.contains(p.getKey()) || p.getValue().length != 1 || p.getValue()[0].length() > 20) {
                return null;
            }
            kept.put(p.getKey(), p.getValue()[0]);
        }
        return path + (req.getPathInfo() == null ? "" : req.getPathInfo()) + "?" + kept + "|"
                + (Boolean.TRUE.equals(req.getAttribute("english")) ? "en" : "ko");
    }

    /** Makes the page for this visitor and returns it for others, or null when it must not be kept. */
    private static Page make(HttpServletRequest req, HttpServletResponse resp, FilterChain chain, long version)
            throws IOException, ServletException {
        Capture capture = new Capture(resp);
        chain.doFilter(req, capture);
        byte[] body = capture.body();
        boolean keep = capture.status == HttpServletResponse.SC_OK && !capture.personal
                && req.getSession(false) == null && !resp.isCommitted();
        if (!resp.isCommitted()) {
            resp.setContentLength(body.length);
            resp.getOutputStream().write(body);
        }
        Object product = req.getAttribute(PRODUCT_SHOWN);
        return keep ? new Page(version, product instanceof Long id ? id : null, resp.getContentType(),
                resp.getHeader("Content-Language"), body) : null;
    }

    private static Page waitFor(CompletableFuture<Page> other) {
        try {
            return other.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception e) {
            return null;
        }
    }

    private static void send(Page page, HttpServletResponse resp) throws IOException {
        resp.setContentType(page.contentType());
        if (page.contentLanguage() != null) {
            resp.setHeader("Content-Language", page.contentLanguage());
        }
        resp.setContentLength(page.body().length);
        resp.getOutputStream().write(page.body());
    }

    private static long setting(String name, long fallback) {
        return com.market25.common.Settings.number(name, fallback);
    }

    /**
     * Holds the page's bytes until it is complete; headers go straight through. A page that sets
     * a cookie or fails is sent but never kept.
     */
    private static final class Capture extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        private PrintWriter writer;
        private ServletOutputStream stream;
        int status = HttpServletResponse.SC_OK;
        boolean personal;

        Capture(HttpServletResponse response) {
            super(response);
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return bytes.toByteArray();
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc) throws IOException {
            status = sc;
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            status = sc;
            super.sendError(sc, msg);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            status = HttpServletResponse.SC_FOUND;
            super.sendRedirect(location);
        }

        @Override
        public void addCookie(Cookie cookie) {
            personal = true;
            super.addCookie(cookie);
        }

        @Override
        public void setHeader(String name, String value) {
            personal |= "Set-Cookie".equalsIgnoreCase(name);
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            personal |= "Set-Cookie".equalsIgnoreCase(name);
            super.addHeader(name, value);
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), false);
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        bytes.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        bytes.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException();
                    }
                };
            }
            return stream;
        }

        @Override
        public void setContentLength(int len) {
            // the real length is set when the page is sent
        }

        @Override
        public void setContentLengthLong(long len) {
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void resetBuffer() {
            if (writer != null) {
                writer.flush();
            }
            bytes.reset();
            super.resetBuffer();
        }

        @Override
        public void reset() {
            resetBuffer();
            status = HttpServletResponse.SC_OK;
            super.reset();
        }
    }
}
