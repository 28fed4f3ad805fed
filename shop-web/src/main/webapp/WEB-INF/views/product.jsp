<%@ taglib prefix="c" uri="jakarta.tags.core" %><c:set var="pageTitle" value="${product.name()}" scope="request"/>
<%@ include file="header.jspf" %>
<c:set var="p" value="${product}"/>
<p class="crumbs"><a href="${ctx}/category/${p.categoryCode()}"><c:out value="${corner.name(english)}"/></a> &#9654; <c:out value="${p.kind()}"/></p>
<article class="product" id="product">
  <h1><c:out value="${p.name()}"/></h1>
  <dl class="facts">
    <dt><fmt:message key="product.name"/></dt><dd id="p-name"><c:out value="${p.name()}"/></dd>
    <dt><fmt:message key="product.code"/></dt><dd><c:out value="${p.code()}"/></dd>
    <dt><fmt:message key="product.supplier"/></dt><dd id="p-supplier"><c:out value="${p.supplier()}"/></dd>
    <dt><fmt:message key="product.consumerPrice"/></dt><dd id="p-consumer">${shop:won(p.consumerPrice(), english)}</dd>
    <dt><fmt:message key="product.salePrice"/></dt><dd id="p-sale" class="sale">${shop:won(p.salePrice(), english)}</dd>
    <dt><fmt:message key="product.sponsorBonus"/></dt><dd id="p-sponsor">${shop:won(p.sponsorBonus(), english)}</dd>
    <dt><fmt:message key="product.discountBonus"/></dt><dd id="p-discount">${shop:won(p.discountBonus(), english)}</dd>
    <dt><fmt:message key="product.stock"/></dt>
    <dd><c:choose><c:when test="${p.inStock()}"><fmt:message key="product.inStock"><fmt:param value="${p.stock()}"/></fmt:message></c:when>
      <c:otherwise><fmt:message key="product.soldOut"/></c:otherwise></c:choose></dd>
  </dl>
  <c:if test="${p.inStock()}">
  <form method="post" action="${ctx}/cart" class="buy">
    <input type="hidden" name="_csrf" value="${csrf}">
    <input type="hidden" name="action" value="add">
    <input type="hidden" name="code" value="${fn:escapeXml(p.code())}">
    <label for="quantity"><fmt:message key="product.quantity"/></label>
    <input id="quantity" name="quantity" type="number" min="1" max="99" value="1">
    <button type="submit" id="buy"><fmt:message key="product.buy"/></button>
  </form>
  </c:if>
  <p class="description"><c:out value="${p.description()}"/></p>
</article>
<%@ include file="footer.jspf" %>
