package com.market25.shop.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The style sheet is linked with a version made from its content ({@code shop.css?v=…}), so
 * browsers and proxies keep it for a year and still fetch a changed one after a deployment.
 */
@WebListener
public class StaticAssets implements ServletContextListener {

    static final String VERSION = "assetVersion";
    /** For /static/ files: asked for under a new version whenever they change. */
    static final String CACHE_CONTROL = "public, max-age=31536000, immutable";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        context.setAttribute(VERSION, version(context, "/static/shop.css"));
    }

    private static String version(ServletContext context, String path) {
        try (InputStream in = context.getResourceAsStream(path)) {
            if (in == null) {
                return "0";
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()), 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
