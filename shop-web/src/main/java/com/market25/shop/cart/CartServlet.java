package com.market25.shop.cart;

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
 * request carries (a price, a total) is ignored, because prices come from the catalog.
 */
@WebServlet(name = "cart", urlPatterns = "/cart")
public class CartServlet extends HttpServlet {

    @EJB
    private OrderDesk orders;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        req.setAttribute("priced", orders.quote(ShopRequest.cart(req)));
        ShopRequest.render(req, resp, "cart");
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        Cart cart = ShopRequest.cart(req);
        String code = ShopRequest.param(req, "code");
        int quantity = ShopRequest.intParam(req, "quantity", 1);
        switch (String.valueOf(req.getParameter("action"))) {
            case "add" -> {
                if (code != null && quantity >= 1 && quantity <= Cart.MAX_QUANTITY) {
                    cart.add(code, quantity);
                }
            }
            case "change" -> {
                if (code != null && quantity >= 0 && quantity <= Cart.MAX_QUANTITY) {
                    cart.change(code, quantity);
                }
            }
            case "remove" -> cart.remove(code);
            case "clear" -> cart.clear();
            default -> { }
        }
        ShopRequest.redirect(req, resp, "/cart");
    }
}
