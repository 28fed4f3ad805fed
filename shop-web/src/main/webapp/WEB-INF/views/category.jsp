<%@ taglib prefix="c" uri="jakarta.tags.core" %><c:set var="pageTitle" value="${english ? corner.nameEn() : corner.nameKo()}" scope="request"/>
<%@ include file="header.jspf" %>
<h1><c:out value="${corner.name(english)}"/></h1>
<c:if test="${empty products}"><p><fmt:message key="category.empty"/></p></c:if>
<div class="grid" id="products">
  <c:forEach var="p" items="${products}">
    <%@ include file="productcard.jspf" %>
  </c:forEach>
</div>
<%@ include file="footer.jspf" %>
