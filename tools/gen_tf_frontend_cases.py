# Generates ivy-testkit/src/test/resources/dev/ivy/testkit/tf-frontend-cases.jsonl: cases for TensorFlow
# frontend functions that conformance/oracle/tensorflow.jsonl does not exercise, with expected values
# computed with NumPy from TensorFlow's documented semantics. Run from the repository root: python3 tools/gen_tf_frontend_cases.py
import json, numpy as np
rng=np.random.default_rng(0)
cases=[]
def A(x, dt=None):
    x=np.asarray(x)
    if dt: x=x.astype(dt)
    d=x.dtype.name
    data=[bool(v) if d=='bool' else (float(v) if 'float' in d else int(v)) for v in x.ravel()]
    return {"array":{"dtype":d,"shape":list(x.shape),"data":data}}
def enc(v):
    if isinstance(v,np.ndarray): return A(v)
    if isinstance(v,(list,tuple)) : return [enc(e) for e in v]
    return v
def case(fn,args,kwargs,expect):
    cases.append({"id":f"tfx/{fn}/{len(cases):04d}","frontend":"tensorflow","fn":fn,"args":[enc(a) for a in args],"kwargs":{k:enc(v) for k,v in kwargs.items()},
                  "expect": expect if isinstance(expect,dict) and 'error' in expect else enc(expect),"rtol":1e-4,"atol":1e-5,"source":"tools/gen_tf_frontend_cases.py (NumPy, TensorFlow semantics by hand)"})
f=lambda *s: rng.standard_normal(s).astype(np.float32)
x=f(2,3)
case("math.reduce_euclidean_norm",[x],{"axis":1},np.sqrt((x**2).sum(1)))
case("math.count_nonzero",[np.array([0,1,2,0],np.int32)],{},np.array(2,np.int64))
case("math.xlogy",[np.array([0,1,2],np.float32),np.array([0,2,3],np.float32)],{},np.array([0,np.log(2),2*np.log(3)],np.float32))
case("math.truncatediv",[np.array([-7,7,-7],np.int32),np.array([2,-2,-2],np.int32)],{},np.array([-3,-3,3],np.int32))
case("math.truncatemod",[np.array([-7,7,-7],np.int32),np.array([2,-2,-2],np.int32)],{},np.array([-1,1,-1],np.int32))
case("math.cumulative_logsumexp",[x],{"axis":1},np.log(np.cumsum(np.exp(x),1)).astype(np.float32))
case("math.segment_sum",[np.array([1,2,3,4],np.float32),np.array([0,0,1,3],np.int32)],{},np.array([3,3,0,4],np.float32))
case("math.confusion_matrix",[np.array([0,1,2,1],np.int32),np.array([0,2,2,1],np.int32)],{},np.array([[1,0,0],[0,1,1],[0,0,1]],np.int32))
case("math.polyval",[[np.array(2.0,np.float32),np.array(1.0,np.float32)],np.array([1,2],np.float32)],{},np.array([3,5],np.float32))
case("math.in_top_k",[np.array([0,2],np.int32),np.array([[0.1,0.9,0.5],[0.3,0.2,0.1]],np.float32),1],{},np.array([False,False]))
case("nn.softmax_cross_entropy_with_logits",[],{"labels":np.array([[0,1,0]],np.float32),"logits":np.array([[1,2,3]],np.float32)},np.array([-(2-np.log(np.exp([1,2,3]).sum()))],np.float32))
case("nn.sparse_softmax_cross_entropy_with_logits",[],{"labels":np.array([1],np.int32),"logits":np.array([[1,2,3]],np.float32)},np.array([-(2-np.log(np.exp([1,2,3]).sum()))],np.float32))
z=np.array([0,1,1],np.float32); lg=np.array([-1,0,2],np.float32)
case("nn.sigmoid_cross_entropy_with_logits",[],{"labels":z,"logits":lg},(np.maximum(lg,0)-lg*z+np.log1p(np.exp(-abs(lg)))).astype(np.float32))
img=f(1,4,4,2); w=f(3,3,2,3)
def conv2d_same(x,w):
    N,H,W,C=x.shape; kh,kw,_,O=w.shape
    xp=np.pad(x,((0,0),(1,1),(1,1),(0,0)))
    out=np.zeros((N,H,W,O),np.float32)
    for i in range(H):
        for j in range(W):
            out[:,i,j,:]=np.einsum('nhwc,hwco->no',xp[:,i:i+3,j:j+3,:],w)
    return out
case("nn.conv2d",[img,w],{"strides":1,"padding":"SAME"},conv2d_same(img,w))
def conv2d_transpose_same(x,w,st):
    N,H,W,C=x.shape; kh,kw,O,_=w.shape
    full=np.zeros((N,(H-1)*st+kh,(W-1)*st+kw,O),np.float64)
    for i in range(H):
        for j in range(W):
            full[:,i*st:i*st+kh,j*st:j*st+kw,:]+=np.einsum('nc,hwoc->nhwo',x[:,i,j,:],w)
    ph=max(kh-st,0)//2; pw=max(kw-st,0)//2
    return full[:,ph:ph+H*st,pw:pw+W*st,:].astype(np.float32)
wt=f(3,3,2,2)
case("nn.conv2d_transpose",[img,wt,[1,8,8,2],2],{"padding":"SAME"},conv2d_transpose_same(img,wt,2))
case("math.reciprocal",[np.array([1,2,-1],np.int32)],{},np.array([1,0,-1],np.int32))
case("nn.bias_add",[x,np.array([1,2,3],np.float32)],{},x+np.array([1,2,3],np.float32))
case("nn.l2_loss",[x],{},np.array((x**2).sum()/2,np.float32))
m=f(3,3); 
case("linalg.det",[m],{},np.array(np.linalg.det(m),np.float32))
u,s,vh=np.linalg.svd(m)
case("linalg.svd",[m],{"compute_uv":False},s.astype(np.float32))
case("linalg.trace",[m],{},np.array(np.trace(m),np.float32))
case("linalg.diag",[np.array([1,2],np.float32)],{},np.diag([1,2]).astype(np.float32))
case("linalg.diag_part",[m],{},np.diag(m).copy())
case("linalg.set_diag",[m,np.array([9,9,9],np.float32)],{},np.where(np.eye(3,dtype=bool),9,m).astype(np.float32))
case("linalg.matvec",[m,np.array([1,2,3],np.float32)],{},(m@np.array([1,2,3],np.float32)).astype(np.float32))
case("linalg.norm",[x],{},np.array(np.linalg.norm(x),np.float32))
case("linalg.norm",[x],{"ord":1,"axis":1},np.abs(x).sum(1))
case("linalg.matmul",[x,x],{"transpose_b":True},x@x.T)
spd=(m@m.T+3*np.eye(3)).astype(np.float32); rhs=f(3,2)
case("linalg.cholesky_solve",[np.linalg.cholesky(spd).astype(np.float32),rhs],{},np.linalg.solve(spd,rhs).astype(np.float32))
case("linalg.triangular_solve",[np.tril(spd),rhs],{},np.linalg.solve(np.tril(spd),rhs).astype(np.float32))
case("linalg.lstsq",[spd,rhs],{},np.linalg.solve(spd,rhs).astype(np.float32))
case("linalg.logdet",[spd],{},np.array(np.log(np.linalg.det(spd)),np.float32))
case("split",[np.arange(6,dtype=np.float32),[1,-1,2]],{},[np.arange(1,dtype=np.float32),np.arange(1,4,dtype=np.float32),np.arange(4,6,dtype=np.float32)])
case("range",[5],{},np.arange(5,dtype=np.int32))
case("range",[1,2.0,0.25],{},np.arange(1,2,0.25,dtype=np.float32))
case("where",[np.array([[True,False],[False,True]])],{},np.array([[0,0],[1,1]],np.int64))
case("gather",[x,np.array([2,0],np.int32)],{"axis":1},x[:,[2,0]])
case("gather_nd",[x,np.array([[1,2],[0,0]],np.int32)],{},np.array([x[1,2],x[0,0]],np.float32))
case("boolean_mask",[x,np.array([True,False])],{},x[[0]])
case("squeeze",[np.zeros((1,2,1),np.float32)],{},np.zeros((2,),np.float32))
case("expand_dims",[x,-1],{},x[...,None])
case("roll",[np.arange(5,dtype=np.int32),2,0],{},np.roll(np.arange(5,dtype=np.int32),2))
case("sort",[np.array([3,1,2],np.float32)],{"direction":"DESCENDING"},np.array([3,2,1],np.float32))
case("argsort",[np.array([3,1,2],np.float32)],{},np.array([1,2,0],np.int32))
case("strided_slice",[np.arange(12,dtype=np.float32).reshape(3,4),[1,0],[2,4],[1,2]],{"shrink_axis_mask":1},np.array([4,6],np.float32))
case("strided_slice",[np.arange(12,dtype=np.float32).reshape(3,4),[0,3],[0,0],[1,-1]],{"begin_mask":1,"end_mask":3},np.arange(12,dtype=np.float32).reshape(3,4)[:,::-1])
case("tensor_scatter_nd_update",[np.zeros(4,np.float32),np.array([[1],[3]],np.int32),np.array([5,6],np.float32)],{},np.array([0,5,0,6],np.float32))
case("constant",[3],{"shape":[2,2]},np.full((2,2),3,np.int32))
case("shape",[x],{},np.array([2,3],np.int32))
case("size",[x],{},np.array(6,np.int32))
case("rank",[x],{},np.array(2,np.int32))
case("repeat",[np.array([1,2],np.int32),2],{"axis":0},np.array([1,1,2,2],np.int32))
case("unique_with_counts",[np.array([4,1,4,2,1],np.int32)],{},[np.array([4,1,2],np.int32),np.array([0,1,0,2,1],np.int32),np.array([2,2,1],np.int32)])
case("unravel_index",[np.array([5,1],np.int32),[2,3]],{},np.array([[1,0],[2,1]],np.int32))
case("histogram_fixed_width",[np.array([-1,0,0.5,1,5],np.float32),np.array([0,1],np.float32)],{"nbins":2},np.array([2,3],np.int32))
case("dynamic_stitch",[[np.array([0,2],np.int32),np.array([1],np.int32)],[np.array([1,3],np.float32),np.array([2],np.float32)]],{},np.array([1,2,3],np.float32))
case("dynamic_partition",[np.array([1,2,3,4],np.float32),np.array([1,0,1,0],np.int32),2],{},[np.array([2,4],np.float32),np.array([1,3],np.float32)])
case("clip_by_norm",[np.array([3,4],np.float32),1.0],{},np.array([0.6,0.8],np.float32))
case("saturate_cast",[np.array([300,-5],np.int32),{"dtype":"uint8"}],{},np.array([255,0],np.uint8))
case("sequence_mask",[np.array([1,2],np.int32)],{},np.array([[True,False],[True,True]]))
case("signal.overlap_and_add",[np.array([[1,2],[3,4]],np.float32),1],{},np.array([1,5,4],np.float32))
case("signal.frame",[np.arange(5,dtype=np.float32),2,2],{"pad_end":True},np.array([[0,1],[2,3],[4,0]],np.float32))
case("signal.hamming_window",[3],{"periodic":False},np.hamming(3).astype(np.float32))
yt=np.array([[0,1,0]],np.float32); yp=np.array([[0.2,0.7,0.1]],np.float32)
case("keras.losses.categorical_crossentropy",[yt,yp],{},np.array([-np.log(0.7)],np.float32))
case("keras.losses.sparse_categorical_crossentropy",[np.array([1],np.int32),yp],{},np.array([-np.log(0.7)],np.float32))
case("keras.losses.binary_crossentropy",[yt,yp],{},np.array([-(np.log(0.8)+np.log(0.7)+np.log(0.9))/3],np.float32))
case("keras.losses.huber",[yt,yp],{},np.array([np.mean(0.5*(yt-yp)**2)],np.float32))
case("keras.losses.kl_divergence",[yp,yp],{},np.array([0],np.float32))
case("keras.activations.relu",[np.array([-2,1,8],np.float32)],{"max_value":6.0},np.array([0,1,6],np.float32))
case("image.rot90",[np.arange(4,dtype=np.float32).reshape(2,2,1)],{},np.rot90(np.arange(4,dtype=np.float32).reshape(2,2,1)).copy())
case("image.central_crop",[np.arange(16,dtype=np.float32).reshape(4,4,1),0.5],{},np.arange(16,dtype=np.float32).reshape(4,4,1)[1:3,1:3])
case("image.resize_with_crop_or_pad",[np.ones((2,2,1),np.float32),4,1],{},np.array([0,1,1,0],np.float32).reshape(4,1,1))
case("image.total_variation",[np.array([[[1],[2]],[[4],[8]]],np.float32)],{},np.array(1+4+3+6,np.float32))
case("nn.local_response_normalization",[np.ones((1,1,1,3),np.float32)],{"depth_radius":1},np.array([1/np.sqrt(3),1/2,1/np.sqrt(3)],np.float32).reshape(1,1,1,3))
case("nn.max_pool",[np.arange(8,dtype=np.float32).reshape(1,8,1)],{"ksize":2,"strides":2,"padding":"VALID"},np.array([1,3,5,7],np.float32).reshape(1,4,1))
case("nn.weighted_moments",[np.array([1,2,3],np.float32),[0],np.array([1,1,2],np.float32)],{},[np.array(2.25,np.float32),np.array(0.6875,np.float32)])
case("math.add",[np.array([1,2],np.int32),np.array([1.5,2],np.float32)],{},{"error":"InvalidArgumentError"})
case("math.sin",[np.array([1,2],np.int32)],{},{"error":"InvalidArgumentError"})
case("gather",[x,np.array([5],np.int32)],{},{"error":"InvalidArgumentError"})
with open('ivy-testkit/src/test/resources/dev/ivy/testkit/tf-frontend-cases.jsonl','w') as fo:
    for c in cases: fo.write(json.dumps(c)+"\n")
print(len(cases))
