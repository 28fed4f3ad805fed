<%@ taglib prefix="c" uri="jakarta.tags.core" %><c:set var="titleKey" value="cart.title" scope="request"/>
<%@ include file="header.jspf" %>
<h1><fmt:message key="cart.title"/></h1>
<c:if test="${not empty errors}">
  <div class="error" role="alert" id="cart-error">
    <c:forEach var="e" items="${errors}"><p><fmt:message key="${e.value}" bundle="${dm}"/></p></c:forEach>
  </div>
</c:if>
<c:choose>
<c:when test="${priced.isEmpty()}"><p id="cart-empty"><fmt:message key="cart.empty"/></p></c:when>
<c:otherwise>
<table class="grid-table" id="cart">
  <thead><tr><th><fmt:message key="product.code"/></th><th><fmt:message key="product.kind"/></th><th><fmt:message key="product.name"/></th>
    <th><fmt:message key="product.quantity"/></th><th><fmt:message key="cart.unitPrice"/></th><th><fmt:message key="cart.amount"/></th><th></th></tr></thead>
  <tbody>
  <c:forEach var="l" items="${priced.lines()}">
    <tr data-code="${l.productCode()}">
      <td><c:out value="${l.productCode()}"/></td>
      <td><c:out value="${l.kind()}"/></td>
      <td><a href="${ctx}/product/${l.productCode()}"><c:out value="${l.productName()}"/></a>
        <c:if test="${not l.available()}"><span class="error"><fmt:message key="cart.unavailable"/></span></c:if></td>
      <td>
        <form method="post" action="${ctx}/cart" class="inline">
          <input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="action" value="change">
          <input type="hidden" name="code" value="${l.productCode()}">
          <input type="number" name="quantity" min="0" max="99" value="${l.quantity()}" class="qty" aria-label="<fmt:message key="product.quantity"/>">
          <button type="submit" class="change"><fmt:message key="cart.change"/></button>
        </form>
      </td>
      <td class="num">${shop:won(l.unitPrice(), english)}</td>
      <td class="num line-amount">${shop:won(l.lineAmount(), english)}</td>
      <td>
        <form method="post" action="${ctx}/cart" class="inline">
          <input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="action" value="remove">
          <input type="hidden" name="code" value="${l.productCode()}">
          <button type="submit" class="remove"><fmt:message key="cart.remove"/></button>
        </form>
      </td>
    </tr>
  </c:forEach>
  </tbody>
  <tfoot><tr><th colspan="5"><fmt:message key="cart.total"/> <span class="hint" id="cart-lines"><fmt:message key="cart.lines"><fmt:param value="${priced.lines().size()}"/><fmt:param value="50"/></fmt:message></span></th><td class="num" id="cart-total">${shop:won(priced.total(), english)}</td><td></td></tr></tfoot>
</table>
<p class="hint"><fmt:message key="cart.bonusNote"><fmt:param><fmt:formatNumber value="${priced.discountBonus()}" pattern="#,##0"/></fmt:param></fmt:message></p>
<div class="actions">
  <form method="post" action="${ctx}/cart" class="inline">
    <input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="action" value="clear">
    <button type="submit" id="clear"><fmt:message key="cart.clear"/></button>
  </form>
  <a class="button primary" href="${ctx}/checkout" id="to-checkout"><fmt:message key="cart.checkout"/></a>
</div>
</c:otherwise>
</c:choose>
<%@ include file="footer.jspf" %>
