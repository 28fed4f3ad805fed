<%@ taglib prefix="c" uri="jakarta.tags.core" %><c:set var="titleKey" value="checkout.title" scope="request"/>
<%@ include file="header.jspf" %>
<h1><fmt:message key="checkout.title"/></h1>
<c:if test="${not empty errors.cart}"><p class="error" role="alert" id="error-cart"><fmt:message key="${errors.cart}" bundle="${dm}"/></p></c:if>
<c:if test="${not empty errors.checkoutKey}"><p class="error" role="alert" id="error-checkoutKey"><fmt:message key="${errors.checkoutKey}" bundle="${dm}"/></p></c:if>
<table class="grid-table" id="checkout-items">
  <thead><tr><th><fmt:message key="product.name"/></th><th><fmt:message key="product.quantity"/></th><th><fmt:message key="cart.unitPrice"/></th><th><fmt:message key="cart.amount"/></th></tr></thead>
  <tbody>
  <c:forEach var="l" items="${priced.lines()}">
    <tr><td><c:out value="${l.productName()}"/></td><td class="num">${l.quantity()}</td><td class="num">${shop:won(l.unitPrice(), english)}</td><td class="num">${shop:won(l.lineAmount(), english)}</td></tr>
  </c:forEach>
  </tbody>
  <tfoot><tr><th colspan="3"><fmt:message key="cart.total"/></th><td class="num" id="checkout-total">${shop:won(priced.total(), english)}</td></tr></tfoot>
</table>
<form method="post" action="${ctx}/checkout" class="form" id="checkout-form" novalidate>
  <input type="hidden" name="_csrf" value="${csrf}">
  <input type="hidden" name="checkoutKey" value="${fn:escapeXml(form.checkoutKey)}">
  <fieldset>
    <legend><fmt:message key="checkout.recipient"/></legend>
    <div class="field">
      <label for="recipientKind"><fmt:message key="checkout.recipientKind"/></label>
      <select id="recipientKind" name="recipientKind">
        <c:forEach var="k" items="${['HOME','WORK','OTHER']}">
          <option value="${k}" ${form.recipientKind eq k ? 'selected' : ''}><fmt:message key="recipientKind.${k}" bundle="${dm}"/></option>
        </c:forEach>
      </select>
    </div>
    <m:field name="recipientName" label="checkout.recipientName" maxlength="60"/>
    <m:field name="recipientPhone" label="checkout.recipientPhone" type="tel" maxlength="30"/>
    <m:field name="recipientPostalCode" label="checkout.recipientPostalCode" maxlength="6"/>
    <m:field name="recipientAddress" label="checkout.recipientAddress" maxlength="300"/>
    <m:field name="deliveryNote" label="checkout.deliveryNote" maxlength="300"/>
  </fieldset>
  <%@ include file="paymethod.jspf" %>
  <%@ include file="bankform.jspf" %>
  <fieldset class="bonus">
    <legend><fmt:message key="checkout.bonus"/></legend>
    <div class="field${not empty errors.bonusToUse ? ' invalid' : ''}">
      <label for="bonusToUse"><fmt:message key="checkout.bonusToUse"/></label>
      <input id="bonusToUse" name="bonusToUse" inputmode="numeric" maxlength="15" value="${fn:escapeXml(form.bonusToUse)}">
      <span class="hint" id="usable-bonus"><fmt:message key="checkout.bonusUsable"><fmt:param value="${shop:won(usableBonus, english)}"/></fmt:message></span>
      <m:error name="bonusToUse"/>
    </div>
    <p class="hint"><fmt:message key="checkout.bonusHint"/></p>
  </fieldset>
  <%@ include file="cardform.jspf" %>
  <button type="submit" class="primary" id="pay"><fmt:message key="checkout.submit"/></button>
  <p class="hint"><fmt:message key="checkout.payByNote"><fmt:param value="${payByMinutes}"/></fmt:message></p>
</form>
<script src="${ctx}/static/checkout.js?v=${applicationScope.assetVersion}" defer></script>
<%@ include file="footer.jspf" %>
