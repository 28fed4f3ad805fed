<%@ taglib prefix="c" uri="jakarta.tags.core" %><c:set var="pageTitle" value="${english ? corner.nameEn() : corner.nameKo()}" scope="request"/>
<%@ include file="header.jspf" %>
<h1><c:out value="${corner.name(english)}"/></h1>
<c:set var="here" value="${ctx}/category/${fn:escapeXml(corner.code())}"/>
<c:choose>
<c:when test="${listing.total() == 0}"><p><fmt:message key="category.empty"/></p></c:when>
<c:otherwise>
<nav class="sorts" aria-label="sort">
  <span class="count"><fmt:message key="category.count"><fmt:param value="${listing.total()}"/></fmt:message></span>
  <c:forEach var="s" items="${sorts}">
    <c:choose>
      <c:when test="${s == listing.sort()}"><strong class="sort-current"><fmt:message key="category.sort.${s.parameter()}"/></strong></c:when>
      <c:otherwise><a href="${here}?sort=${s.parameter()}"><fmt:message key="category.sort.${s.parameter()}"/></a></c:otherwise>
    </c:choose>
  </c:forEach>
</nav>
<div class="grid" id="products">
  <c:forEach var="p" items="${listing.products()}">
    <%@ include file="productcard.jspf" %>
  </c:forEach>
</div>
<c:if test="${listing.pages() > 1}">
<nav class="pager" aria-label="pages" id="pager">
  <c:if test="${listing.hasPrevious()}"><a rel="prev" href="${here}?sort=${listing.sort().parameter()}&amp;page=${listing.page() - 1}"><fmt:message key="category.previous"/></a></c:if>
  <span id="page-of"><fmt:message key="category.pageOf"><fmt:param value="${listing.page()}"/><fmt:param value="${listing.pages()}"/></fmt:message></span>
  <c:if test="${listing.hasNext()}"><a rel="next" id="next-page" href="${here}?sort=${listing.sort().parameter()}&amp;page=${listing.page() + 1}"><fmt:message key="category.next"/></a></c:if>
</nav>
</c:if>
</c:otherwise>
</c:choose>
<%@ include file="footer.jspf" %>
