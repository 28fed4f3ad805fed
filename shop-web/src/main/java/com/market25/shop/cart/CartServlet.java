package com.market25.shop.cart;

import com.market25.common.InvalidInputException;
import com.market25.ordering.Cart;
import com.market25.ordering.OrderDesk;
import com.market25.shop.web.ShopRequest;
import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * 장바구니 (SHOP-05). The page posts product codes and quantities only; whatever else a
 * request carries (a price, a total) is ignored, because prices come from the catalog. What the
 * cart refuses (a code the shop does not sell, a quantity outside 1..99, a 51st product) comes
 * back as the cart page with the reason, status 422, the cart unchanged.
 */
@WebServlet(name = "cart", urlPatterns = "/cart")
public class CartServlet extends HttpServlet {

    @EJB
    private OrderDesk orders;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        req.setAttribute("priced", orders.quote(ShopRequest.cartToShow(req)));
        ShopRequest.render(req, resp, "cart");
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        Cart cart = ShopRequest.cart(req);
        String code = ShopRequest.param(req, "code");
        try {
            switch (String.valueOf(req.getParameter("action"))) {
                case "add" -> orders.addToCart(cart, code, quantity(req, 1));
                case "change" -> cart.change(code, quantity(req, -1));
                case "remove" -> cart.remove(code);
                case "clear" -> cart.clear();
                default -> { }
            }
        } catch (InvalidInputException e) {
            req.setAttribute("errors", e.fieldErrors());
            req.setAttribute("priced", orders.quote(cart));
            req.setAttribute("cartSize", cart.size());
            resp.setStatus(422);
            ShopRequest.render(req, resp, "cart");
            return;
        }
        ShopRequest.redirect(req, resp, "/cart");
    }

    /** The typed quantity; absent means {@code absent}, anything not a number is out of range. */
    private static int quantity(HttpServletRequest req, int absent) {
        String typed = ShopRequest.param(req, "quantity");
        if (typed == null || typed.isEmpty()) {
            return absent;
        }
        try {
            return Integer.parseInt(typed);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
