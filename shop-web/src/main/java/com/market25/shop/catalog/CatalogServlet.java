package com.market25.shop.catalog;

import com.market25.catalog.Catalog;
import com.market25.shop.web.ShopRequest;
import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Home (SHOP-01), shop corners and product pages (SHOP-02): read-only, no session needed. */
@WebServlet(name = "catalog", urlPatterns = {"", "/category/*", "/product/*"})
public class CatalogServlet extends HttpServlet {

    @EJB
    private Catalog catalog;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String path = req.getServletPath();
        String code = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        switch (path) {
            case "/category" -> {
                // a corner added since the menu was read is asked for once more
                var corner = ShopRequest.corner(req, code).or(() -> catalog.corner(code));
                if (corner.isEmpty()) {
                    notFound(req, resp);
                    return;
                }
                req.setAttribute("corner", corner.get());
                req.setAttribute("listing", catalog.productsIn(code,
                        com.market25.catalog.ProductSort.of(req.getParameter("sort")), ShopRequest.intParam(req, "page", 1)));
                req.setAttribute("sorts", com.market25.catalog.ProductSort.values());
                ShopRequest.render(req, resp, "category");
            }
            case "/product" -> {
                var product = catalog.product(code);
                if (product.isEmpty()) {
                    notFound(req, resp);
                    return;
                }
                req.setAttribute("product", product.get());
                // the kept page depends on this product only (PageCache)
                req.setAttribute(com.market25.shop.web.PageCache.PRODUCT_SHOWN, product.get().id());
                String cornerCode = product.get().categoryCode();
                req.setAttribute("corner", ShopRequest.corner(req, cornerCode).or(() -> catalog.corner(cornerCode))
                        .orElse(null));
                ShopRequest.render(req, resp, "product");
            }
            default -> {
                req.setAttribute("recommended", catalog.recommended());
                ShopRequest.render(req, resp, "home");
            }
        }
    }

    private static void notFound(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
        ShopRequest.render(req, resp, "notfound");
    }
}
